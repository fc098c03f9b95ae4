<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru">
<context>
    <name>BudgetSource</name>
    <message>
        <source>Enterprises</source>
        <translation>Предприятия</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Государство</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Доноры</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другие</translation>
    </message>
</context>
<context>
    <name>GanttChart</name>
    <message>
        <source>Q{number}</source>
        <translation>{number} кв.</translation>
    </message>
</context>
<context>
    <name>GanttPanel</name>
    <message>
        <source>Zoom</source>
        <translation>Масштаб</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Scroll to today</source>
        <translation>Перейти к сегодняшней дате</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Add a task at the level of the selected one (an objective if none)</source>
        <translation>Добавить задачу на уровне выбранной (цель, если ничего не выбрано)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete the selected task with everything under it</source>
        <translation>Удалить выбранную задачу вместе со всеми вложенными</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Подробно…</translation>
    </message>
    <message>
        <source>Joint action, status, budget, responsible and firms of the task</source>
        <translation>Совместное действие, статус, бюджет, ответственные и предприятия задачи</translation>
    </message>
    <message>
        <source>Indent</source>
        <translation>Понизить уровень</translation>
    </message>
    <message>
        <source>Outdent</source>
        <translation>Повысить уровень</translation>
    </message>
    <message>
        <source>Make it part of the task above ({keys})</source>
        <translation>Сделать частью задачи выше ({keys})</translation>
    </message>
    <message>
        <source>Move the task one level up ({keys})</source>
        <translation>Поднять задачу на уровень выше ({keys})</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Убрать зависимости</translation>
    </message>
    <message>
        <source>Remove the dependencies of the selected task</source>
        <translation>Удалить зависимости выбранной задачи</translation>
    </message>
    <message>
        <source>Set baseline…</source>
        <translation>Сохранить базовый план…</translation>
    </message>
    <message>
        <source>Save the current dates to measure slippage</source>
        <translation>Сохранить текущие даты, чтобы измерять отставание от графика</translation>
    </message>
    <message>
        <source>Show baseline</source>
        <translation>Показывать базовый план</translation>
    </message>
    <message>
        <source>Vision…</source>
        <translation>Видение…</translation>
    </message>
    <message>
        <source>Record a newly agreed version of the cluster's vision</source>
        <translation>Записать новую согласованную редакцию видения кластера</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Ещё</translation>
    </message>
    <message>
        <source>Dependencies, baselines and the vision</source>
        <translation>Зависимости, базовые планы и видение</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Фильтры</translation>
    </message>
    <message>
        <source>Show only the tasks of one objective, responsible, action or status</source>
        <translation>Показывать только задачи одной цели, одного ответственного, вида действий или статуса</translation>
    </message>
    <message>
        <source>All objectives</source>
        <translation>Все цели</translation>
    </message>
    <message>
        <source>All responsible</source>
        <translation>Все ответственные</translation>
    </message>
    <message>
        <source>All joint actions</source>
        <translation>Все совместные действия</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>Filters ({count})</source>
        <translation>Фильтры ({count})</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Новая задача</translation>
    </message>
    <message>
        <source>New objective</source>
        <translation>Новая цель</translation>
    </message>
    <message>
        <source>Select a task first.</source>
        <translation>Сначала выберите задачу.</translation>
    </message>
    <message>
        <source>Select a task that has dependencies first.</source>
        <translation>Сначала выберите задачу, у которой есть зависимости.</translation>
    </message>
    <message>
        <source>No vision agreed yet: record it with {more} ▾ {vision}.</source>
        <translation>Видение ещё не согласовано: запишите его через {more} ▾ {vision}.</translation>
    </message>
    <message>
        <source>Vision (version {version}, {agreed}): {text}</source>
        <translation>Видение (редакция {version}, {agreed}): {text}</translation>
    </message>
    <message>
        <source>Vision (version {version}): {text}</source>
        <translation>Видение (редакция {version}): {text}</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Видение</translation>
    </message>
    <message>
        <source>The vision as agreed:</source>
        <translation>Видение в согласованной редакции:</translation>
    </message>
    <message>
        <source>Agreed by (the body that agreed it):</source>
        <translation>Кем согласовано (орган, согласовавший видение):</translation>
    </message>
    <message>
        <source>Set baseline</source>
        <translation>Сохранить базовый план</translation>
    </message>
    <message>
        <source>Name of the baseline:</source>
        <translation>Название базового плана:</translation>
    </message>
    <message>
        <source>Baseline {date}</source>
        <translation>Базовый план {date}</translation>
    </message>
    <message>
        <source>Show only the tasks of this objective</source>
        <translation>Показывать только задачи этой цели</translation>
    </message>
    <message>
        <source>Show only the tasks of this responsible institution</source>
        <translation>Показывать только задачи этой ответственной организации</translation>
    </message>
    <message>
        <source>Show only the tasks of this kind of joint action</source>
        <translation>Показывать только задачи этого вида совместных действий</translation>
    </message>
    <message>
        <source>Show only the tasks with this status</source>
        <translation>Показывать только задачи с этим статусом</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Дни</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Недели</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Месяцы</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>Кварталы</translation>
    </message>
    <message>
        <source>Whole plan</source>
        <translation>Весь план</translation>
    </message>
    <message>
        <source>Time scale of the chart</source>
        <translation>Шкала времени диаграммы</translation>
    </message>
    <message>
        <source>Show only:</source>
        <translation>Показывать только:</translation>
    </message>
</context>
<context>
    <name>JointActionType</name>
    <message>
        <source>Joint purchasing</source>
        <translation>Совместные закупки</translation>
    </message>
    <message>
        <source>Joint marketing</source>
        <translation>Совместный маркетинг</translation>
    </message>
    <message>
        <source>Shared equipment</source>
        <translation>Общее оборудование</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Обучение</translation>
    </message>
    <message>
        <source>Quality standards</source>
        <translation>Стандарты качества</translation>
    </message>
    <message>
        <source>Trade fair</source>
        <translation>Выставка-ярмарка</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>Инфраструктура</translation>
    </message>
    <message>
        <source>Policy dialogue</source>
        <translation>Диалог с властями</translation>
    </message>
    <message>
        <source>Institutional support</source>
        <translation>Институциональная поддержка</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
</context>
<context>
    <name>PlanTableModel</name>
    <message>
        <source>WBS</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Дни</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <source>Number of the task in the outline (work breakdown structure)</source>
        <translation>Номер задачи в иерархии (структура декомпозиции работ)</translation>
    </message>
    <message>
        <source>Duration in working days</source>
        <translation>Длительность в рабочих днях</translation>
    </message>
    <message>
        <source>Percent complete</source>
        <translation>Процент выполнения</translation>
    </message>
    <message>
        <source>Codes of the results this task contributes to</source>
        <translation>Коды результатов, которым способствует эта задача</translation>
    </message>
    <message numerus="yes">
        <source>Total float: %n working day(s)</source>
        <translation>
            <numerusform>Общий резерв: %n рабочий день</numerusform>
            <numerusform>Общий резерв: %n рабочих дня</numerusform>
            <numerusform>Общий резерв: %n рабочих дней</numerusform>
        </translation>
    </message>
    <message>
        <source>On the critical path</source>
        <translation>На критическом пути</translation>
    </message>
    <message>
        <source>Rename {task}</source>
        <translation>Переименовать {task}</translation>
    </message>
    <message>
        <source>Progress of {task}</source>
        <translation>Ход выполнения: {task}</translation>
    </message>
    <message>
        <source>{task}: Start needs a date as YYYY-MM-DD, not "{value}".</source>
        <translation>{task}: начало должно быть датой в формате ГГГГ-ММ-ДД, а не «{value}».</translation>
    </message>
    <message>
        <source>{task}: Days needs a whole number of working days, not "{value}".</source>
        <translation>{task}: длительность должна быть целым числом рабочих дней, а не «{value}».</translation>
    </message>
    <message>
        <source>{task}: % needs a number from 0 to 100, not "{value}".</source>
        <translation>{task}: процент должен быть числом от 0 до 100, а не «{value}».</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Task details: {task}</source>
        <translation>Сведения о задаче: {task}</translation>
    </message>
    <message>
        <source>Amount from this source of funds: {source}</source>
        <translation>Сумма из этого источника финансирования: {source}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Joint action</source>
        <translation>Совместное действие</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>CDA in charge</source>
        <translation>Ответственный АРК</translation>
    </message>
    <message>
        <source>Budget ({currency})</source>
        <translation>Бюджет ({currency})</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Lead institution</source>
        <translation>Ведущая организация</translation>
    </message>
    <message>
        <source>Supporting institutions</source>
        <translation>Институты поддержки</translation>
    </message>
    <message>
        <source>Filter firms by name</source>
        <translation>Фильтр предприятий по названию</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Общее</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственные</translation>
    </message>
    <message>
        <source>Participating firms ({count})</source>
        <translation>Участвующие предприятия ({count})</translation>
    </message>
    <message>
        <source>Edit {task}</source>
        <translation>Изменить {task}</translation>
    </message>
</context>
<context>
    <name>TaskStatus</name>
    <message>
        <source>Not started</source>
        <translation>Не начата</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Выполнена</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Приостановлена</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменена</translation>
    </message>
</context>
</TS>