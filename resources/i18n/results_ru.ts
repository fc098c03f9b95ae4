<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru">
<context>
    <name>ChainTree</name>
    <message>
        <source>No indicators</source>
        <translation>Нет показателей</translation>
    </message>
    <message>
        <source>{status}: {count} of {total}</source>
        <translation>{status}: {count} из {total}</translation>
    </message>
    <message>
        <source>{status}: {count}</source>
        <translation>{status}: {count}</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Показатели</translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <source>Edit indicator {code}</source>
        <translation>Изменить показатель {code}</translation>
    </message>
    <message>
        <source>Add indicator</source>
        <translation>Добавить показатель</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>What is counted or measured</source>
        <translation>Что подсчитывается или измеряется</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Определение</translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation>Вводятся вручную</translation>
    </message>
    <message>
        <source>Actuals</source>
        <translation>Фактические значения</translation>
    </message>
    <message>
        <source>Survey question</source>
        <translation>Вопрос обследования</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <source>Desired direction</source>
        <translation>Желаемое направление</translation>
    </message>
    <message>
        <source>Disaggregated by</source>
        <translation>В разбивке по</translation>
    </message>
    <message>
        <source>Baseline value</source>
        <translation>Базовое значение</translation>
    </message>
    <message>
        <source>Baseline date</source>
        <translation>Дата базового значения</translation>
    </message>
    <message>
        <source>Baseline source</source>
        <translation>Источник базового значения</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Источник данных</translation>
    </message>
    <message>
        <source>Collection method</source>
        <translation>Метод сбора</translation>
    </message>
    <message>
        <source>e.g. every survey round</source>
        <translation>например, в каждом раунде опроса</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Периодичность сбора</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Means of verification</source>
        <translation>Средства проверки</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Actuals are entered per reporting period.</source>
        <translation>Фактические значения вводятся за каждый отчётный период.</translation>
    </message>
</context>
<context>
    <name>IndicatorTable</name>
    <message>
        <source>{value} ({period})</source>
        <translation>{value} ({period})</translation>
    </message>
    <message>
        <source>{period}: {reason}</source>
        <translation>{period}: {reason}</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>База</translation>
    </message>
    <message>
        <source>Latest target</source>
        <translation>Последняя цель</translation>
    </message>
    <message>
        <source>Latest actual</source>
        <translation>Последний факт</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Actuals</source>
        <translation>Факт</translation>
    </message>
    <message>
        <source>Entered per period, or computed from the project's own records</source>
        <translation>Вводится за каждый период или рассчитывается по данным самого проекта</translation>
    </message>
    <message>
        <source>computed</source>
        <translation>расчётный</translation>
    </message>
    <message>
        <source>entered</source>
        <translation>вводится</translation>
    </message>
</context>
<context>
    <name>MonitoringDialog</name>
    <message>
        <source>Monitoring settings</source>
        <translation>Параметры мониторинга</translation>
    </message>
    <message>
        <source>Reporting frequency</source>
        <translation>Периодичность отчётности</translation>
    </message>
    <message>
        <source>On track from</source>
        <translation>«По плану» от</translation>
    </message>
    <message>
        <source>At risk from</source>
        <translation>«Под угрозой» от</translation>
    </message>
    <message>
        <source>An indicator is on track when its actual has covered at least the first share of the progress expected by the period (from the baseline towards the target), at risk from the second share, and off track below it. A period without an actual shows as no data.</source>
        <translation>Показатель идёт по плану, когда его фактическое значение покрыло не меньше первой доли ожидаемого к периоду продвижения (от базового значения к цели), находится под угрозой — от второй доли, и отстаёт — ниже неё. Период без фактического значения отображается как «нет данных».</translation>
    </message>
</context>
<context>
    <name>ResultDialog</name>
    <message>
        <source>Edit result {code}</source>
        <translation>Изменить результат {code}</translation>
    </message>
    <message>
        <source>Add result: {level}</source>
        <translation>Добавить результат: {level}</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Contributes to</source>
        <translation>Способствует</translation>
    </message>
    <message>
        <source>e.g. 1.2</source>
        <translation>например, 1.2</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>The change the cluster will see</source>
        <translation>Изменение, которое увидит кластер</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Формулировка</translation>
    </message>
    <message>
        <source>Assumptions and risks</source>
        <translation>Допущения и риски</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>Contributing plan actions</source>
        <translation>Мероприятия плана, способствующие результату</translation>
    </message>
    <message>
        <source>Click to show the action in the Gantt and its firms on the map; double-click to open the plan</source>
        <translation>Щелчок показывает мероприятие на диаграмме Ганта и его предприятия на карте; двойной щелчок открывает план</translation>
    </message>
    <message>
        <source>Impact…</source>
        <translation>Воздействие…</translation>
    </message>
    <message>
        <source>The long-term change the initiative contributes to</source>
        <translation>Долгосрочное изменение, которому способствует инициатива</translation>
    </message>
    <message>
        <source>Outcome…</source>
        <translation>Конечный результат…</translation>
    </message>
    <message>
        <source>A change in the cluster's behaviour, under an impact</source>
        <translation>Изменение в поведении кластера, под воздействием</translation>
    </message>
    <message>
        <source>Output…</source>
        <translation>Непосредственный результат…</translation>
    </message>
    <message>
        <source>What the actions deliver, under an outcome</source>
        <translation>То, что дают мероприятия, под конечным результатом</translation>
    </message>
    <message>
        <source>Add result</source>
        <translation>Добавить результат</translation>
    </message>
    <message>
        <source>Add an impact, outcome or output</source>
        <translation>Добавить воздействие, конечный или непосредственный результат</translation>
    </message>
    <message>
        <source>Edit result…</source>
        <translation>Изменить результат…</translation>
    </message>
    <message>
        <source>Edit the selected result</source>
        <translation>Изменить выбранный результат</translation>
    </message>
    <message>
        <source>Delete result</source>
        <translation>Удалить результат</translation>
    </message>
    <message>
        <source>Delete the selected result with the results, indicators and values under it</source>
        <translation>Удалить выбранный результат вместе с подчинёнными результатами, показателями и значениями</translation>
    </message>
    <message>
        <source>Add indicator…</source>
        <translation>Добавить показатель…</translation>
    </message>
    <message>
        <source>Add an indicator to the selected result</source>
        <translation>Добавить показатель к выбранному результату</translation>
    </message>
    <message>
        <source>Edit indicator…</source>
        <translation>Изменить показатель…</translation>
    </message>
    <message>
        <source>Edit the selected indicator</source>
        <translation>Изменить выбранный показатель</translation>
    </message>
    <message>
        <source>Delete indicator</source>
        <translation>Удалить показатель</translation>
    </message>
    <message>
        <source>Delete the selected indicator with its values</source>
        <translation>Удалить выбранный показатель вместе с его значениями</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Add, edit or delete indicators</source>
        <translation>Добавить, изменить или удалить показатели</translation>
    </message>
    <message>
        <source>Link actions…</source>
        <translation>Связать мероприятия…</translation>
    </message>
    <message>
        <source>Choose the plan's objectives and actions that contribute to the selected result</source>
        <translation>Выбрать цели и мероприятия плана, способствующие выбранному результату</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Параметры…</translation>
    </message>
    <message>
        <source>Reporting frequency and the thresholds of the status rule</source>
        <translation>Периодичность отчётности и пороги правила статуса</translation>
    </message>
    <message>
        <source>None yet: use Link actions…</source>
        <translation>Пока нет: используйте «Связать мероприятия…»</translation>
    </message>
    <message>
        <source>Select an indicator to see its targets and actuals</source>
        <translation>Выберите показатель, чтобы увидеть его цели и фактические значения</translation>
    </message>
    <message>
        <source>Select a result first.</source>
        <translation>Сначала выберите результат.</translation>
    </message>
    <message>
        <source>Add an impact first: outcomes contribute to it.</source>
        <translation>Сначала добавьте воздействие: конечные результаты способствуют ему.</translation>
    </message>
    <message>
        <source>Add an outcome first: outputs contribute to it.</source>
        <translation>Сначала добавьте конечный результат: непосредственные результаты способствуют ему.</translation>
    </message>
    <message>
        <source>Select an indicator first.</source>
        <translation>Сначала выберите показатель.</translation>
    </message>
    <message>
        <source>The action plan has no objectives or actions yet.</source>
        <translation>В плане действий пока нет целей и мероприятий.</translation>
    </message>
</context>
<context>
    <name>TaskLinksDialog</name>
    <message>
        <source>Plan actions contributing to result {code}</source>
        <translation>Мероприятия плана, способствующие результату {code}</translation>
    </message>
    <message>
        <source>Tick the objectives and actions whose work leads to this result.</source>
        <translation>Отметьте цели и мероприятия, работа по которым ведёт к этому результату.</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>No targets or actuals recorded yet</source>
        <translation>Цели и фактические значения пока не записаны</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Факт</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>База</translation>
    </message>
    <message>
        <source>gap = no data</source>
        <translation>разрыв = нет данных</translation>
    </message>
</context>
<context>
    <name>ValuesEditor</name>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Факт</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Подтверждение</translation>
    </message>
    <message>
        <source>A file name or a link to the document that proves the value</source>
        <translation>Имя файла или ссылка на документ, подтверждающий значение</translation>
    </message>
    <message>
        <source>Disaggregation</source>
        <translation>Разбивка</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Computed from the project</source>
        <translation>Рассчитано по данным проекта</translation>
    </message>
    <message>
        <source>Actuals by category in {period}</source>
        <translation>Фактические значения по категориям за {period}</translation>
    </message>
    <message>
        <source>Enter the target of {period} first: the note and the evidence go with it.</source>
        <translation>Сначала введите цель за {period}: примечание и подтверждение относятся к ней.</translation>
    </message>
    <message>
        <source>Enter the actual of {period} first: the note and the evidence go with it.</source>
        <translation>Сначала введите фактическое значение за {period}: примечание и подтверждение относятся к нему.</translation>
    </message>
</context>
</TS>