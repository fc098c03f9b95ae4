<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru">
<context>
    <name>SelectionDecisions</name>
    <message>
        <source>No decision recorded yet. When the candidates have been discussed, record who decided, when and why with Decision….</source>
        <translation>Решений пока нет. Когда кандидаты будут обсуждены, запишите, кто, когда и почему принял решение, кнопкой «Решение…».</translation>
    </message>
    <message>
        <source>{date} — decided by {who}</source>
        <translation>{date} — решение принял(а): {who}</translation>
    </message>
    <message>
        <source>Grounds: {grounds}</source>
        <translation>Основания: {grounds}</translation>
    </message>
</context>
<context>
    <name>SelectionDialogs</name>
    <message>
        <source>Edit the selection study</source>
        <translation>Изменить исследование для отбора</translation>
    </message>
    <message>
        <source>Start a selection study</source>
        <translation>Начать исследование для отбора</translation>
    </message>
    <message>
        <source>e.g. Mapping of provinces 2022</source>
        <translation>напр., Картирование провинций 2022</translation>
    </message>
    <message>
        <source>The year compared; none: the latest statistics</source>
        <translation>Сравниваемый год; если не указан — последние данные</translation>
    </message>
    <message>
        <source>Growth is measured from this year</source>
        <translation>Рост измеряется от этого года</translation>
    </message>
    <message>
        <source>e.g. Province</source>
        <translation>напр., Провинция</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Statistics count</source>
        <translation>Показатель статистики</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Growth since</source>
        <translation>Рост с года</translation>
    </message>
    <message>
        <source>Areas are</source>
        <translation>Уровень территорий</translation>
    </message>
    <message>
        <source>Edit candidate cluster</source>
        <translation>Изменить кластер-кандидат</translation>
    </message>
    <message>
        <source>Add a candidate cluster</source>
        <translation>Добавить кластер-кандидат</translation>
    </message>
    <message>
        <source>e.g. GAR-IMB</source>
        <translation>напр., ШВ-ИМБ</translation>
    </message>
    <message>
        <source>e.g. Garments of Imbabura</source>
        <translation>напр., Швейная отрасль Имбабуры</translation>
    </message>
    <message>
        <source>Find an area by name or code</source>
        <translation>Найти территорию по названию или коду</translation>
    </message>
    <message>
        <source>Import the study's areas first</source>
        <translation>Сначала импортируйте территории исследования</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Sector (ISIC Rev.4)</source>
        <translation>Отрасль (МСОК, ред. 4)</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Территории</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Record the selection decision</source>
        <translation>Записать решение об отборе</translation>
    </message>
    <message>
        <source>e.g. Steering committee (ministry, UNIDO, donor)</source>
        <translation>напр., Руководящий комитет (министерство, ЮНИДО, донор)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Кто решил</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Основания</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Кандидат</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Outcome of each candidate</source>
        <translation>Итог по каждому кандидату</translation>
    </message>
    <message>
        <source>The weights and the ranking shown now are kept with the decision.</source>
        <translation>Текущие веса и рейтинг сохраняются вместе с решением.</translation>
    </message>
</context>
<context>
    <name>SelectionLabels</name>
    <message>
        <source>Candidate</source>
        <translation>Кандидат</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Отобран</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>В резерве</translation>
    </message>
    <message>
        <source>Not selected</source>
        <translation>Не отобран</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Занятость</translation>
    </message>
    <message>
        <source>Number of firms</source>
        <translation>Число предприятий</translation>
    </message>
    <message>
        <source>Value added</source>
        <translation>Добавленная стоимость</translation>
    </message>
</context>
<context>
    <name>SelectionMap</name>
    <message>
        <source>No colouring</source>
        <translation>Без раскраски</translation>
    </message>
    <message>
        <source>Location quotient</source>
        <translation>Коэффициент локализации</translation>
    </message>
    <message>
        <source>Best candidate score</source>
        <translation>Лучший балл кандидата</translation>
    </message>
    <message>
        <source>Fixed, around 1</source>
        <translation>Фиксированные, вокруг 1</translation>
    </message>
    <message>
        <source>Quantiles</source>
        <translation>Квантили</translation>
    </message>
    <message>
        <source>Natural breaks</source>
        <translation>Естественные границы</translation>
    </message>
    <message>
        <source>Location quotient: {sector}</source>
        <translation>Коэффициент локализации: {sector}</translation>
    </message>
    <message>
        <source>Best candidate score (0–100)</source>
        <translation>Лучший балл кандидата (0–100)</translation>
    </message>
</context>
<context>
    <name>SelectionMatrix</name>
    <message>
        <source>Computed: location quotient of the sector</source>
        <translation>Рассчитано: коэффициент локализации отрасли</translation>
    </message>
    <message>
        <source>Computed: share of the national sector total</source>
        <translation>Рассчитано: доля в общенациональном итоге отрасли</translation>
    </message>
    <message>
        <source>Computed: sector total in the candidate's areas</source>
        <translation>Рассчитано: итог отрасли на территориях кандидата</translation>
    </message>
    <message>
        <source>Computed: growth since the base year</source>
        <translation>Рассчитано: рост с базового года</translation>
    </message>
    <message>
        <source>Computed: firms of the registry in the areas</source>
        <translation>Рассчитано: предприятия реестра на территориях</translation>
    </message>
    <message>
        <source>Scored by hand: double-click a cell to edit it</source>
        <translation>Оценка вручную: дважды щёлкните ячейку, чтобы изменить её</translation>
    </message>
    <message>
        <source>Weight of {criterion}</source>
        <translation>Вес критерия «{criterion}»</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <source>No value: it counts as the worst on this criterion</source>
        <translation>Нет значения: считается худшим по этому критерию</translation>
    </message>
    <message>
        <source>{value}, normalised {share} of 1</source>
        <translation>{value}; нормировано: {share} из 1</translation>
    </message>
</context>
<context>
    <name>SelectionPanel</name>
    <message>
        <source>Start a selection study…</source>
        <translation>Начать исследование для отбора…</translation>
    </message>
    <message>
        <source>Compare regions and sectors on weighted criteria to choose the clusters to support</source>
        <translation>Сравнить регионы и отрасли по взвешенным критериям, чтобы выбрать кластеры для поддержки</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Add a candidate cluster</source>
        <translation>Добавить кластер-кандидат</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Edit the selected candidate cluster</source>
        <translation>Изменить выбранный кластер-кандидат</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete the selected candidate clusters</source>
        <translation>Удалить выбранные кластеры-кандидаты</translation>
    </message>
    <message>
        <source>Decision…</source>
        <translation>Решение…</translation>
    </message>
    <message>
        <source>Record the selection decision</source>
        <translation>Записать решение об отборе</translation>
    </message>
    <message>
        <source>Start cluster project…</source>
        <translation>Начать проект кластера…</translation>
    </message>
    <message>
        <source>Start a cluster project from this candidate</source>
        <translation>Начать проект кластера на основе этого кандидата</translation>
    </message>
    <message>
        <source>Study…</source>
        <translation>Исследование…</translation>
    </message>
    <message>
        <source>Edit the name, measure and years of the study</source>
        <translation>Изменить название, показатель и годы исследования</translation>
    </message>
    <message>
        <source>Colour the study's areas on the map</source>
        <translation>Раскрасить территории исследования на карте</translation>
    </message>
    <message>
        <source>The sector whose location quotient colours the areas</source>
        <translation>Отрасль, по коэффициенту локализации которой раскрашиваются территории</translation>
    </message>
    <message>
        <source>How the five classes of the map are drawn</source>
        <translation>Как определяются пять классов карты</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Рейтинг</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Критерии</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Решения</translation>
    </message>
    <message>
        <source>The criterion whose weight moves</source>
        <translation>Критерий, вес которого меняется</translation>
    </message>
    <message>
        <source>Sensitivity to</source>
        <translation>Чувствительность к</translation>
    </message>
    <message>
        <source>Computing the selection study</source>
        <translation>Расчёт исследования по отбору</translation>
    </message>
    <message>
        <source>Computing the study: reading and indexing {count} figures…</source>
        <translation>Расчёт исследования: чтение и индексирование данных ({count} значений)…</translation>
    </message>
    <message>
        <source>Select one candidate cluster in the ranking first.</source>
        <translation>Сначала выберите один кластер-кандидат в рейтинге.</translation>
    </message>
    <message>
        <source>Start a cluster project from {name}</source>
        <translation>Начать проект кластера на основе «{name}»</translation>
    </message>
    <message>
        <source>ClusterDesk projects (*.gpkg)</source>
        <translation>Проекты ClusterDesk (*.gpkg)</translation>
    </message>
    <message>
        <source>The cluster project {name} was written with {count} stakeholders.</source>
        <translation>Проект кластера «{name}» создан; участников: {count}.</translation>
    </message>
    <message>
        <source>Open it now? The selection study stays in its own file.</source>
        <translation>Открыть его сейчас? Исследование для отбора остаётся в своём файле.</translation>
    </message>
    <message>
        <source>Open the new project</source>
        <translation>Открыть новый проект</translation>
    </message>
</context>
<context>
    <name>SelectionRanking</name>
    <message>
        <source>Rank</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Кандидат</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Территории</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
</context>
<context>
    <name>SelectionSensitivity</name>
    <message>
        <source>{leader} is the only candidate.</source>
        <translation>«{leader}» — единственный кандидат.</translation>
    </message>
    <message>
        <source>{leader} stays first while the weight of {criterion} is {low} or more; below {low}, {below} leads.</source>
        <translation>«{leader}» остаётся первым, пока вес критерия «{criterion}» не меньше {low}; при весе ниже {low} лидирует «{below}».</translation>
    </message>
    <message>
        <source>{leader} stays first whatever the weight of {criterion}.</source>
        <translation>«{leader}» остаётся первым при любом весе критерия «{criterion}».</translation>
    </message>
    <message>
        <source>{leader} stays first while the weight of {criterion} is between {low} and {high}; above {high}, {above} leads.</source>
        <translation>«{leader}» остаётся первым, пока вес критерия «{criterion}» находится между {low} и {high}; при весе выше {high} лидирует «{above}».</translation>
    </message>
    <message>
        <source>Below {low}, {below} leads.</source>
        <translation>При весе ниже {low} лидирует «{below}».</translation>
    </message>
    <message>
        <source>Weight of {criterion} → score</source>
        <translation>Вес критерия «{criterion}» → балл</translation>
    </message>
</context>
</TS>