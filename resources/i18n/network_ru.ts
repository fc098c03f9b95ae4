<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru">
<context>
    <name>CompareLegend</name>
    <message numerus="yes">
        <source>%Ln new tie(s) (green, solid)</source>
        <translation>
            <numerusform>%Ln новая связь (зелёная, сплошная)</numerusform>
            <numerusform>%Ln новые связи (зелёные, сплошные)</numerusform>
            <numerusform>%Ln новых связей (зелёные, сплошные)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln kept tie(s) (grey)</source>
        <translation>
            <numerusform>%Ln сохранившаяся связь (серая)</numerusform>
            <numerusform>%Ln сохранившиеся связи (серые)</numerusform>
            <numerusform>%Ln сохранившихся связей (серые)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ended tie(s) (red, dashed)</source>
        <translation>
            <numerusform>%Ln прекращённая связь (красная, пунктир)</numerusform>
            <numerusform>%Ln прекращённые связи (красные, пунктир)</numerusform>
            <numerusform>%Ln прекращённых связей (красные, пунктир)</numerusform>
        </translation>
    </message>
    <message>
        <source>Size of a node: {measure}. {ties} relations drawn.</source>
        <translation>Размер узла: {measure}. Показано связей: {ties}.</translation>
    </message>
</context>
<context>
    <name>NetworkLabels</name>
    <message>
        <source>Degree</source>
        <translation>Степень</translation>
    </message>
    <message>
        <source>Betweenness</source>
        <translation>Посредничество</translation>
    </message>
    <message>
        <source>Closeness</source>
        <translation>Близость</translation>
    </message>
    <message>
        <source>Eigenvector</source>
        <translation>Собственный вектор</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Координатор</translation>
    </message>
    <message>
        <source>Itinerant broker</source>
        <translation>Странствующий посредник</translation>
    </message>
    <message>
        <source>Gatekeeper</source>
        <translation>Привратник</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Представитель</translation>
    </message>
    <message>
        <source>Liaison</source>
        <translation>Связной</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Ties</source>
        <translation>Связи</translation>
    </message>
    <message>
        <source>Density</source>
        <translation>Плотность</translation>
    </message>
    <message>
        <source>Mean degree</source>
        <translation>Средняя степень</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Компоненты</translation>
    </message>
    <message>
        <source>In the largest component</source>
        <translation>В крупнейшей компоненте</translation>
    </message>
    <message>
        <source>Isolates</source>
        <translation>Изоляты</translation>
    </message>
    <message>
        <source>Clustering</source>
        <translation>Кластеризация</translation>
    </message>
    <message>
        <source>Centralisation</source>
        <translation>Централизация</translation>
    </message>
</context>
<context>
    <name>NetworkMeasuresModel</name>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>Степень</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Вход.</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Исход.</translation>
    </message>
    <message>
        <source>Betweenness</source>
        <translation>Посредничество</translation>
    </message>
    <message>
        <source>Closeness</source>
        <translation>Близость</translation>
    </message>
    <message>
        <source>Eigenvector</source>
        <translation>Собств. вектор</translation>
    </message>
    <message>
        <source>Brokerage role</source>
        <translation>Роль посредника</translation>
    </message>
</context>
<context>
    <name>NetworkMeasuresView</name>
    <message>
        <source>Find a stakeholder</source>
        <translation>Найти участника</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <source>Click to select the stakeholder on the map and in the registry</source>
        <translation>Щёлкните, чтобы выбрать участника на карте и в реестре</translation>
    </message>
    <message>
        <source>Brokers: who links stakeholders that have no tie of their own</source>
        <translation>Посредники: кто связывает участников, не связанных напрямую</translation>
    </message>
    <message>
        <source>Isolates: stakeholders without a tie of the kinds shown</source>
        <translation>Изоляты: участники без связей показанных видов</translation>
    </message>
    <message>
        <source>Brokers and isolates</source>
        <translation>Посредники и изоляты</translation>
    </message>
    <message>
        <source>By stakeholder</source>
        <translation>По участникам</translation>
    </message>
    <message>
        <source>Betweenness and closeness are estimated from a sample of {count} stakeholders.</source>
        <translation>Посредничество и близость оценены по выборке из {count} участников.</translation>
    </message>
    <message>
        <source>No stakeholder brokers in this network.</source>
        <translation>В этой сети нет посредников.</translation>
    </message>
    <message>
        <source>Every stakeholder has a tie.</source>
        <translation>У каждого участника есть связь.</translation>
    </message>
</context>
<context>
    <name>NetworkPanel</name>
    <message>
        <source>The survey round whose network is shown</source>
        <translation>Раунд обследования, сеть которого показана</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Сравнить с</translation>
    </message>
    <message>
        <source>Show the ties that are new, kept and ended since an earlier round</source>
        <translation>Показать новые, сохранившиеся и прекращённые связи с более раннего раунда</translation>
    </message>
    <message>
        <source>The earlier round to compare with</source>
        <translation>Более ранний раунд для сравнения</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Связи</translation>
    </message>
    <message>
        <source>The relation kinds the network is made of</source>
        <translation>Виды связей, из которых состоит сеть</translation>
    </message>
    <message>
        <source>The measure that sizes the nodes</source>
        <translation>Показатель, задающий размер узлов</translation>
    </message>
    <message>
        <source>Re-arrange</source>
        <translation>Перестроить</translation>
    </message>
    <message>
        <source>Lay the network out afresh for the ties shown now</source>
        <translation>Заново расположить сеть по показанным связям</translation>
    </message>
    <message>
        <source>Roster…</source>
        <translation>Перечень…</translation>
    </message>
    <message>
        <source>Tick the stakeholders the selected one has ties with in this round</source>
        <translation>Отметить участников, с которыми выбранный связан в этом раунде</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Стоп</translation>
    </message>
    <message>
        <source>Stop laying out the network</source>
        <translation>Остановить построение схемы</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Раунд</translation>
    </message>
    <message>
        <source>Size by</source>
        <translation>Размер по</translation>
    </message>
    <message>
        <source>No relations yet: add relations or import a survey to see the network.</source>
        <translation>Связей пока нет: добавьте связи или импортируйте обследование, чтобы увидеть сеть.</translation>
    </message>
    <message>
        <source>Choose at least one kind of relation.</source>
        <translation>Выберите хотя бы один вид связей.</translation>
    </message>
    <message>
        <source>Laying out the network</source>
        <translation>Построение схемы сети</translation>
    </message>
    <message>
        <source>Select one stakeholder first, here or on the map.</source>
        <translation>Сначала выберите одного участника здесь или на карте.</translation>
    </message>
</context>
<context>
    <name>RosterDialog</name>
    <message>
        <source>Relations of {name} in {round}</source>
        <translation>Связи: {name}, {round}</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>Поиск по названию</translation>
    </message>
    <message>
        <source>Tick the stakeholders it has this relation with in this survey round. Unticking a tie carried from an earlier round marks it ended in this round.</source>
        <translation>Отметьте участников, с которыми у него есть эта связь в этом раунде обследования. Снятая отметка у связи из более раннего раунда означает, что связь прекратилась в этом раунде.</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Связь</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Поиск</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholder(s) ticked</source>
        <translation>
            <numerusform>Отмечен %Ln участник</numerusform>
            <numerusform>Отмечено %Ln участника</numerusform>
            <numerusform>Отмечено %Ln участников</numerusform>
        </translation>
    </message>
</context>
</TS>