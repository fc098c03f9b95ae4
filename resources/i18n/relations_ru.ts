<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru">
<context>
    <name>RelationDialog</name>
    <message>
        <source>Edit relation</source>
        <translation>Изменить связь</translation>
    </message>
    <message>
        <source>Add relation</source>
        <translation>Добавить связь</translation>
    </message>
    <message>
        <source>From → To (untick for a mutual tie)</source>
        <translation>От кого → К кому (снимите отметку для взаимной связи)</translation>
    </message>
    <message>
        <source>Not ended</source>
        <translation>Не прекращена</translation>
    </message>
    <message>
        <source>The survey round that found the tie ended; it stays in earlier rounds</source>
        <translation>Раунд обследования, выявивший прекращение связи; в более ранних раундах она остаётся</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (optional)</source>
        <translation>ГГГГ-ММ-ДД (необязательно)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>От кого</translation>
    </message>
    <message>
        <source>To</source>
        <translation>К кому</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Strength (1–5)</source>
        <translation>Сила (1–5)</translation>
    </message>
    <message>
        <source>Survey round</source>
        <translation>Раунд обследования</translation>
    </message>
    <message>
        <source>Ended in round</source>
        <translation>Прекращена в раунде</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Choose the stakeholder the relation starts from (type part of its name).</source>
        <translation>Выберите участника, от которого идёт связь (введите часть названия).</translation>
    </message>
    <message>
        <source>Choose the stakeholder the relation goes to (type part of its name).</source>
        <translation>Выберите участника, к которому идёт связь (введите часть названия).</translation>
    </message>
    <message>
        <source>A relation joins two different stakeholders; choose another one for To.</source>
        <translation>Связь соединяет двух разных участников; выберите другого в поле «К кому».</translation>
    </message>
    <message>
        <source>Since must be a date written YYYY-MM-DD, such as 2023-05-01, or left empty.</source>
        <translation>В поле «Действует с» укажите дату в виде ГГГГ-ММ-ДД, например 2023-05-01, или оставьте его пустым.</translation>
    </message>
    <message>
        <source>Name the survey round, such as baseline.</source>
        <translation>Укажите раунд обследования, например «Исходный уровень».</translation>
    </message>
    <message>
        <source>A tie ends in a round after the one that first observed it.</source>
        <translation>Связь прекращается в раунде после того, в котором её впервые отметили.</translation>
    </message>
    <message>
        <source>Edit relation {source} – {target}</source>
        <translation>Изменение связи {source} – {target}</translation>
    </message>
</context>
<context>
    <name>RelationTableModel</name>
    <message>
        <source>From</source>
        <translation>От кого</translation>
    </message>
    <message>
        <source>To</source>
        <translation>К кому</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Сила</translation>
    </message>
    <message>
        <source>Survey round</source>
        <translation>Раунд обследования</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
</context>
<context>
    <name>RelationsPanel</name>
    <message>
        <source>All kinds</source>
        <translation>Все типы</translation>
    </message>
    <message>
        <source>Only of the selected stakeholders</source>
        <translation>Только связи выбранных участников</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Edit the chosen relation</source>
        <translation>Изменить выбранную связь</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete the chosen relations</source>
        <translation>Удалить выбранные связи</translation>
    </message>
    <message>
        <source>All survey rounds</source>
        <translation>Все раунды</translation>
    </message>
    <message>
        <source>Select stakeholders on the map or in the registry to see their relations.</source>
        <translation>Выберите участников на карте или в реестре, чтобы увидеть их связи.</translation>
    </message>
    <message>
        <source>No relations match.</source>
        <translation>Подходящих связей нет.</translation>
    </message>
    <message>
        <source>The selection has no such relations.</source>
        <translation>У выбранных участников нет таких связей.</translation>
    </message>
    <message numerus="yes">
        <source>The first {shown} of %Ln relation(s); narrow the filters to see the rest.</source>
        <translation>
            <numerusform>Первые {shown} из %Ln связи; уточните фильтры, чтобы увидеть остальные.</numerusform>
            <numerusform>Первые {shown} из %Ln связей; уточните фильтры, чтобы увидеть остальные.</numerusform>
            <numerusform>Первые {shown} из %Ln связей; уточните фильтры, чтобы увидеть остальные.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln relation(s)</source>
        <translation>
            <numerusform>%Ln связь</numerusform>
            <numerusform>%Ln связи</numerusform>
            <numerusform>%Ln связей</numerusform>
        </translation>
    </message>
    <message>
        <source>Adds a relation between the two selected stakeholders</source>
        <translation>Добавить связь между двумя выбранными участниками</translation>
    </message>
    <message>
        <source>Select two stakeholders first to fill in both ends</source>
        <translation>Сначала выберите двух участников, чтобы заполнить оба конца связи</translation>
    </message>
    <message>
        <source>Delete the relation {source} – {target}?</source>
        <translation>Удалить связь {source} – {target}?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln relation(s)?</source>
        <translation>
            <numerusform>Удалить %Ln связь?</numerusform>
            <numerusform>Удалить %Ln связи?</numerusform>
            <numerusform>Удалить %Ln связей?</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation>Это действие можно отменить.</translation>
    </message>
</context>
<context>
    <name>StakeholderField</name>
    <message>
        <source>Type part of the name</source>
        <translation>Введите часть названия</translation>
    </message>
</context>
</TS>