<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru">
<context>
    <name>BodyDialog</name>
    <message>
        <source>Edit body</source>
        <translation>Изменить орган</translation>
    </message>
    <message>
        <source>Add body</source>
        <translation>Добавить орган</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Входит в</translation>
    </message>
    <message>
        <source>Lead institution</source>
        <translation>Ведущая организация</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Назначение</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>Dissolved</source>
        <translation>Упразднён</translation>
    </message>
</context>
<context>
    <name>GovernanceAttendance</name>
    <message>
        <source>Present</source>
        <translation>Присутствовал(а)</translation>
    </message>
    <message>
        <source>Apologies</source>
        <translation>Предупредил(а) об отсутствии</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Отсутствовал(а)</translation>
    </message>
</context>
<context>
    <name>GovernanceBodyType</name>
    <message>
        <source>Steering Committee</source>
        <translation>Руководящий комитет</translation>
    </message>
    <message>
        <source>Cluster Commission</source>
        <translation>Комиссия кластера</translation>
    </message>
    <message>
        <source>Project team</source>
        <translation>Проектная команда</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Рабочая группа</translation>
    </message>
    <message>
        <source>Enterprise network</source>
        <translation>Сеть предприятий</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Ассоциация</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другой орган</translation>
    </message>
</context>
<context>
    <name>GovernanceChecks</name>
    <message>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>The cluster has no Cluster Commission yet.</source>
        <translation>В кластере ещё нет Комиссии кластера.</translation>
    </message>
    <message>
        <source>Every kind and sector of the registry has a seat.</source>
        <translation>Все типы участников и отрасли из реестра представлены.</translation>
    </message>
    <message>
        <source>{group} ({count} in the registry)</source>
        <translation>{group} (в реестре: {count})</translation>
    </message>
    <message>
        <source>Sector {code}</source>
        <translation>Отрасль {code}</translation>
    </message>
    <message>
        <source>{percent} women</source>
        <translation>{percent} женщин</translation>
    </message>
    <message>
        <source>women: {female}, men: {male}, unknown: {unknown}</source>
        <translation>женщин: {female}, мужчин: {male}, пол не указан: {unknown}</translation>
    </message>
    <message>
        <source>women: {female}, men: {male}</source>
        <translation>женщин: {female}, мужчин: {male}</translation>
    </message>
    <message>
        <source>Every body has a chair.</source>
        <translation>У каждого органа есть председатель.</translation>
    </message>
    <message>
        <source>{member} — {body}, until {day}</source>
        <translation>{member} — {body}, до {day}</translation>
    </message>
    <message>
        <source>No expired terms.</source>
        <translation>Истёкших полномочий нет.</translation>
    </message>
    <message>
        <source>Bodies without a chair</source>
        <translation>Органы без председателя</translation>
    </message>
    <message>
        <source>Expired terms</source>
        <translation>Истёкшие полномочия</translation>
    </message>
    <message>
        <source>No attendance taken yet.</source>
        <translation>Присутствие ещё не отмечалось.</translation>
    </message>
    <message>
        <source>{status} ({percent}%)</source>
        <translation>{status} ({percent} %)</translation>
    </message>
    <message>
        <source>No decisions yet.</source>
        <translation>Решений пока нет.</translation>
    </message>
    <message>
        <source>{start} – {end}: {level}</source>
        <translation>{start} – {end}: {level}</translation>
    </message>
    <message>
        <source>now</source>
        <translation>по настоящее время</translation>
    </message>
    <message>
        <source>No periods recorded.</source>
        <translation>Периоды не записаны.</translation>
    </message>
    <message>
        <source>(ticked by hand)</source>
        <translation>(отмечено вручную)</translation>
    </message>
    <message>
        <source>Phase-out readiness: {done} of {judged}</source>
        <translation>Готовность к завершению поддержки: {done} из {judged}</translation>
    </message>
    <message>
        <source>As of {day}</source>
        <translation>По состоянию на {day}</translation>
    </message>
    <message>
        <source>Interest groups absent from the Cluster Commission</source>
        <translation>Группы интересов, не представленные в Комиссии кластера</translation>
    </message>
    <message>
        <source>Gender balance of current members</source>
        <translation>Гендерный баланс действующих членов</translation>
    </message>
    <message>
        <source>Attendance by body and year</source>
        <translation>Посещаемость по органам и годам</translation>
    </message>
    <message>
        <source>Latest decisions and their follow-up</source>
        <translation>Последние решения и их исполнение</translation>
    </message>
    <message>
        <source>Governance maturity (who leads joint actions)</source>
        <translation>Зрелость управления (кто руководит совместными действиями)</translation>
    </message>
</context>
<context>
    <name>GovernanceFollowUp</name>
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
        <translation>Завершена</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Приостановлена</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменена</translation>
    </message>
    <message>
        <source>No task</source>
        <translation>Нет задачи</translation>
    </message>
    <message>
        <source>Task deleted</source>
        <translation>Задача удалена</translation>
    </message>
</context>
<context>
    <name>GovernanceGender</name>
    <message>
        <source>Female</source>
        <translation>Женский</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Мужской</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другой</translation>
    </message>
</context>
<context>
    <name>GovernanceLeadership</name>
    <message>
        <source>CDA-led</source>
        <translation>Ведёт АРК</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Совместно</translation>
    </message>
    <message>
        <source>Locally owned</source>
        <translation>Ведут местные</translation>
    </message>
</context>
<context>
    <name>GovernancePanel</name>
    <message>
        <source>{percent}% of {meetings}</source>
        <translation>{percent} % из {meetings}</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Структура</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Заседания</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Проверки</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Схема</translation>
    </message>
    <message>
        <source>Body / member</source>
        <translation>Орган / член</translation>
    </message>
    <message>
        <source>Type / role</source>
        <translation>Тип / роль</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Срок полномочий</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Посещаемость</translation>
    </message>
    <message>
        <source>Add body…</source>
        <translation>Новый орган…</translation>
    </message>
    <message>
        <source>Add a body (under the selected one)</source>
        <translation>Добавить орган (в составе выбранного)</translation>
    </message>
    <message>
        <source>Add member…</source>
        <translation>Новый член…</translation>
    </message>
    <message>
        <source>Add a member to the selected body</source>
        <translation>Добавить члена в выбранный орган</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Edit the selected body or member</source>
        <translation>Изменить выбранный орган или члена</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove the selected member, or delete the selected body with its meetings</source>
        <translation>Исключить выбранного члена или удалить выбранный орган вместе с его заседаниями</translation>
    </message>
    <message>
        <source>Who leads the cluster's joint actions from the date on the left</source>
        <translation>Кто руководит совместными действиями кластера, начиная с даты слева</translation>
    </message>
    <message>
        <source>Led from</source>
        <translation>Начиная с</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Записать</translation>
    </message>
    <message>
        <source>Record who leads joint actions from this date</source>
        <translation>Записать, кто руководит совместными действиями с этой даты</translation>
    </message>
    <message>
        <source>Fit to the panel</source>
        <translation>Вписать в панель</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Экспорт в PNG…</translation>
    </message>
    <message>
        <source>Save the chart as an image</source>
        <translation>Сохранить схему как изображение</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>Экспорт в SVG…</translation>
    </message>
    <message>
        <source>Save the chart as a vector drawing</source>
        <translation>Сохранить схему как векторный рисунок</translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <translation>Сначала откройте проект.</translation>
    </message>
    <message>
        <source>Select the body the member joins first.</source>
        <translation>Сначала выберите орган, в который входит член.</translation>
    </message>
    <message>
        <source>Select a body or a member first.</source>
        <translation>Сначала выберите орган или члена.</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Изображение PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Рисунок SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export organisation chart</source>
        <translation>Экспорт организационной схемы</translation>
    </message>
    <message>
        <source>Governance structure</source>
        <translation>Структура управления</translation>
    </message>
</context>
<context>
    <name>GovernanceReadiness</name>
    <message>
        <source>Local bodies meet without the CDA</source>
        <translation>Местные органы проводят заседания без АРК</translation>
    </message>
    <message>
        <source>Lead institutions named for the local bodies</source>
        <translation>Для местных органов назначены ведущие организации</translation>
    </message>
    <message>
        <source>Joint actions locally owned</source>
        <translation>Совместные действия под местным руководством</translation>
    </message>
    <message>
        <source>Tools (registry, action plan, monitoring) handed over to a local institution</source>
        <translation>Инструменты (реестр, план действий, мониторинг) переданы местной организации</translation>
    </message>
    <message>
        <source>Methods (diagnostic, action planning, facilitation) handed over and practised</source>
        <translation>Методы (диагностика, планирование действий, фасилитация) переданы и применяются</translation>
    </message>
    <message>
        <source>Funding for the bodies' secretariat secured after the project</source>
        <translation>Финансирование секретариата органов после завершения проекта обеспечено</translation>
    </message>
    <message numerus="yes">
        <source>{alone} of %n meetings of local bodies in the last 12 months without the CDA</source>
        <translation><numerusform>за последние 12 месяцев: {alone} из %n заседания местных органов</numerusform><numerusform>за последние 12 месяцев: {alone} из %n заседаний местных органов</numerusform><numerusform>за последние 12 месяцев: {alone} из %n заседаний местных органов</numerusform></translation>
    </message>
    <message>
        <source>no meetings of local bodies in the last 12 months</source>
        <translation>за последние 12 месяцев местные органы не проводили заседаний</translation>
    </message>
    <message>
        <source>no local bodies recorded</source>
        <translation>местные органы не записаны</translation>
    </message>
    <message>
        <source>none named for {bodies}</source>
        <translation>не назначены для: {bodies}</translation>
    </message>
    <message>
        <source>no maturity periods recorded</source>
        <translation>периоды зрелости не записаны</translation>
    </message>
    <message>
        <source>since {day}: {level}</source>
        <translation>с {day}: {level}</translation>
    </message>
    <message>
        <source>done {day}</source>
        <translation>выполнено {day}</translation>
    </message>
    <message>
        <source>done</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ещё нет</translation>
    </message>
</context>
<context>
    <name>GovernanceRole</name>
    <message>
        <source>Chair</source>
        <translation>Председатель</translation>
    </message>
    <message>
        <source>Vice-chair</source>
        <translation>Заместитель председателя</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Секретарь</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Член</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Наблюдатель</translation>
    </message>
</context>
<context>
    <name>GovernanceTeamPosition</name>
    <message>
        <source>Project Coordinator</source>
        <translation>Координатор проекта</translation>
    </message>
    <message>
        <source>Cluster Development Agent</source>
        <translation>Агент по развитию кластера</translation>
    </message>
    <message>
        <source>Specialist consultant</source>
        <translation>Консультант-специалист</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Edit a meeting of {body}</source>
        <translation>Изменить заседание: {body}</translation>
    </message>
    <message>
        <source>Record a meeting of {body}</source>
        <translation>Записать заседание: {body}</translation>
    </message>
    <message>
        <source>The CDA took part</source>
        <translation>АРК участвовал в заседании</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Член</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Присутствие</translation>
    </message>
    <message>
        <source>names separated by ;</source>
        <translation>имена через ;</translation>
    </message>
    <message>
        <source>one new decision per line</source>
        <translation>по одному новому решению в строке</translation>
    </message>
    <message>
        <source>one decision per line</source>
        <translation>по одному решению в строке</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Повестка дня</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Гости</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Решения</translation>
    </message>
</context>
<context>
    <name>MeetingsTab</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Явка</translation>
    </message>
    <message>
        <source>Apologies</source>
        <translation>Предупредили</translation>
    </message>
    <message>
        <source>CDA</source>
        <translation>АРК</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Решения</translation>
    </message>
    <message>
        <source>Members present</source>
        <translation>Присутствовавшие члены</translation>
    </message>
    <message>
        <source>Members who sent apologies</source>
        <translation>Члены, предупредившие об отсутствии</translation>
    </message>
    <message>
        <source>Whether the Cluster Development Agent took part</source>
        <translation>Участвовал ли агент по развитию кластера</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Task in the plan</source>
        <translation>Задача в плане</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Исполнение</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <source>Record…</source>
        <translation>Записать…</translation>
    </message>
    <message>
        <source>Record a meeting: date, attendance, minutes and decisions</source>
        <translation>Записать заседание: дата, присутствие, протокол и решения</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Correct the selected meeting's date, attendance or minutes; add decisions</source>
        <translation>Исправить дату, присутствие или протокол выбранного заседания; добавить решения</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete the selected meeting</source>
        <translation>Удалить выбранное заседание</translation>
    </message>
    <message>
        <source>Create task</source>
        <translation>Создать задачу</translation>
    </message>
    <message>
        <source>Turn the selected decision into an action-plan task</source>
        <translation>Превратить выбранное решение в задачу плана действий</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>{status} — {percent}%</source>
        <translation>{status} — {percent} %</translation>
    </message>
    <message>
        <source>Add a body first.</source>
        <translation>Сначала добавьте орган.</translation>
    </message>
    <message>
        <source>Select a meeting first.</source>
        <translation>Сначала выберите заседание.</translation>
    </message>
    <message>
        <source>Select a decision first.</source>
        <translation>Сначала выберите решение.</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Edit member</source>
        <translation>Изменить члена</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Добавить члена</translation>
    </message>
    <message>
        <source>(not in the registry)</source>
        <translation>(нет в реестре)</translation>
    </message>
    <message>
        <source>when no contact person is on record</source>
        <translation>если контактное лицо не записано</translation>
    </message>
    <message>
        <source>(from the contact person)</source>
        <translation>(по данным контактного лица)</translation>
    </message>
    <message>
        <source>(the stakeholder's kind)</source>
        <translation>(тип участника)</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Project team position</source>
        <translation>Должность в проектной команде</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Interest group</source>
        <translation>Группа интересов</translation>
    </message>
    <message>
        <source>Term from</source>
        <translation>Полномочия с</translation>
    </message>
    <message>
        <source>Term until</source>
        <translation>Полномочия до</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
</context>
<context>
    <name>OrgChart</name>
    <message>
        <source>{role}: {person}</source>
        <translation>{role}: {person}</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more members</source>
        <translation><numerusform>… и ещё %n член</numerusform><numerusform>… и ещё %n члена</numerusform><numerusform>… и ещё %n членов</numerusform></translation>
    </message>
    <message>
        <source>(no members yet)</source>
        <translation>(членов пока нет)</translation>
    </message>
    <message>
        <source>Organisation chart of the cluster's governance bodies</source>
        <translation>Организационная схема органов управления кластером</translation>
    </message>
    <message>
        <source>No governance bodies yet</source>
        <translation>Органов управления пока нет</translation>
    </message>
</context>
</TS>