<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru">
<context>
    <name>DiagnosticItemDialog</name>
    <message>
        <source>Search stakeholders</source>
        <translation>Поиск участников</translation>
    </message>
    <message numerus="yes">
        <source>%n stakeholder(s) ticked</source>
        <translation><numerusform>отмечен %n участник</numerusform><numerusform>отмечено %n участника</numerusform><numerusform>отмечено %n участников</numerusform></translation>
    </message>
    <message>
        <source>Edit: {category}</source>
        <translation>Изменить: {category}</translation>
    </message>
    <message>
        <source>Add: {category}</source>
        <translation>Добавить: {category}</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>What the diagnostic found, in one sentence</source>
        <translation>Что выявила диагностика, одним предложением</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Survey, interviews, workshop or data that support it</source>
        <translation>Обследование, интервью, семинар или данные, подтверждающие это</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Обоснование</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Кто поднял вопрос</translation>
    </message>
    <message>
        <source>Plan objectives and actions answering it</source>
        <translation>Цели и действия плана в ответ</translation>
    </message>
    <message>
        <source>The action plan has no objectives or actions yet.</source>
        <translation>В плане действий пока нет целей и действий.</translation>
    </message>
</context>
<context>
    <name>DiagnosticLabels</name>
    <message>
        <source>Strength</source>
        <translation>Сильная сторона</translation>
    </message>
    <message>
        <source>Weakness</source>
        <translation>Слабая сторона</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Возможность</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Угроза</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Вывод</translation>
    </message>
    <message>
        <source>Leverage point</source>
        <translation>Точка приложения усилий</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Сильные стороны</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <translation>Слабые стороны</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Возможности</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Угрозы</translation>
    </message>
    <message>
        <source>Key findings</source>
        <translation>Ключевые выводы</translation>
    </message>
    <message>
        <source>Leverage points</source>
        <translation>Точки приложения усилий</translation>
    </message>
    <message>
        <source>Internal to the cluster: what it does well</source>
        <translation>Внутри кластера: что у него получается</translation>
    </message>
    <message>
        <source>Internal to the cluster: what holds it back</source>
        <translation>Внутри кластера: что его сдерживает</translation>
    </message>
    <message>
        <source>In the cluster's environment: what it could seize</source>
        <translation>Во внешней среде кластера: чем он может воспользоваться</translation>
    </message>
    <message>
        <source>In the cluster's environment: what could harm it</source>
        <translation>Во внешней среде кластера: что может ему навредить</translation>
    </message>
    <message>
        <source>What the diagnostic found about the cluster</source>
        <translation>Что диагностика выявила о кластере</translation>
    </message>
    <message>
        <source>Where joint action can change the most: the starting points of the plan</source>
        <translation>Где совместные действия изменят больше всего: отправные точки плана</translation>
    </message>
</context>
<context>
    <name>DiagnosticLists</name>
    <message>
        <source>Evidence: {evidence}</source>
        <translation>Обоснование: {evidence}</translation>
    </message>
    <message>
        <source>Raised by: {names}</source>
        <translation>Кто поднял: {names}</translation>
    </message>
    <message numerus="yes">
        <source>Answered by %n plan action(s)</source>
        <translation><numerusform>В ответ — %n действие плана</numerusform><numerusform>В ответ — %n действия плана</numerusform><numerusform>В ответ — %n действий плана</numerusform></translation>
    </message>
</context>
<context>
    <name>DiagnosticPanel</name>
    <message>
        <source>Plan actions answering the selected item</source>
        <translation>Действия плана в ответ на выбранный пункт</translation>
    </message>
    <message>
        <source>Click to show the action in the plan; double-click to bring the plan forward</source>
        <translation>Щелчок показывает действие в плане; двойной щелчок выводит план на передний план</translation>
    </message>
    <message>
        <source>Select an item to see who raised it and the plan actions answering it.</source>
        <translation>Выберите пункт, чтобы увидеть, кто его поднял и какие действия плана на него отвечают.</translation>
    </message>
    <message>
        <source>Raised by: {names}</source>
        <translation>Кто поднял: {names}</translation>
    </message>
    <message>
        <source>Raised by: nobody recorded</source>
        <translation>Кто поднял: не указано</translation>
    </message>
    <message>
        <source>None yet: edit the item to link plan actions</source>
        <translation>Пока нет: измените пункт, чтобы связать с ним действия плана</translation>
    </message>
    <message>
        <source>Findings and leverage points</source>
        <translation>Выводы и точки приложения усилий</translation>
    </message>
    <message>
        <source>The diagnostic report shown</source>
        <translation>Показанный отчёт о диагностике</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Add a strength, weakness, opportunity, threat, finding or leverage point</source>
        <translation>Добавить сильную или слабую сторону, возможность, угрозу, вывод или точку приложения усилий</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Edit the selected item, who raised it and the plan actions answering it</source>
        <translation>Изменить выбранный пункт, кто его поднял и действия плана в ответ</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete the selected item</source>
        <translation>Удалить выбранный пункт</translation>
    </message>
    <message>
        <source>Edit report…</source>
        <translation>Изменить отчёт…</translation>
    </message>
    <message>
        <source>Title, date, authors and summary of the report shown</source>
        <translation>Название, дата, авторы и резюме показанного отчёта</translation>
    </message>
    <message>
        <source>New report…</source>
        <translation>Новый отчёт…</translation>
    </message>
    <message>
        <source>Start another diagnostic report, such as a later update</source>
        <translation>Начать ещё один отчёт о диагностике, например последующее обновление</translation>
    </message>
    <message>
        <source>Delete report</source>
        <translation>Удалить отчёт</translation>
    </message>
    <message>
        <source>Delete the report shown with its items</source>
        <translation>Удалить показанный отчёт вместе с его пунктами</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <source>Edit, add or delete diagnostic reports</source>
        <translation>Изменить, добавить или удалить отчёты о диагностике</translation>
    </message>
    <message>
        <source>No diagnostic report yet</source>
        <translation>Отчёта о диагностике пока нет</translation>
    </message>
    <message>
        <source>Add items directly, or use Report ▸ New report… to record its date and authors.</source>
        <translation>Добавляйте пункты сразу или выберите Отчёт ▸ Новый отчёт…, чтобы указать дату и авторов.</translation>
    </message>
    <message>
        <source>Authors: {names}</source>
        <translation>Авторы: {names}</translation>
    </message>
    <message>
        <source>No date or authors recorded</source>
        <translation>Дата и авторы не указаны</translation>
    </message>
    <message>
        <source>Select an item first.</source>
        <translation>Сначала выберите пункт.</translation>
    </message>
    <message>
        <source>There is no diagnostic report to delete.</source>
        <translation>Нет отчёта о диагностике, который можно удалить.</translation>
    </message>
</context>
<context>
    <name>DiagnosticReportDialog</name>
    <message>
        <source>Diagnostic report</source>
        <translation>Отчёт о диагностике</translation>
    </message>
    <message>
        <source>New diagnostic report</source>
        <translation>Новый отчёт о диагностике</translation>
    </message>
    <message>
        <source>e.g. Diagnostic study of the garment cluster</source>
        <translation>например, Диагностическое исследование швейного кластера</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>С датой</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Names separated by semicolons</source>
        <translation>Имена через точку с запятой</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Авторы</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Резюме</translation>
    </message>
</context>
</TS>