<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru">
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>Assess an institution</source>
        <translation>Оценка организации</translation>
    </message>
    <message>
        <source>Baseline, Mid-term, Final, or the date of the visit as YYYY-MM-DD</source>
        <translation>Исходная оценка, промежуточная, итоговая или дата визита в формате ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Раунд</translation>
    </message>
    <message>
        <source>Date of the visit</source>
        <translation>Дата визита</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>Оценщик</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Подтверждение</translation>
    </message>
    <message>
        <source>Choose the institution that was assessed.</source>
        <translation>Выберите организацию, которую оценивали.</translation>
    </message>
    <message>
        <source>Round: choose Baseline, Mid-term or Final, or type the date as YYYY-MM-DD.</source>
        <translation>Раунд: выберите исходную, промежуточную или итоговую оценку либо введите дату в формате ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>Score at least one indicator, or cancel.</source>
        <translation>Оцените хотя бы один показатель или нажмите «Отмена».</translation>
    </message>
</context>
<context>
    <name>CapacityFramework</name>
    <message>
        <source>Support institution capacity</source>
        <translation>Потенциал институтов поддержки</translation>
    </message>
    <message>
        <source>Responsiveness to the cluster's demand</source>
        <translation>Отзывчивость к запросам кластера</translation>
    </message>
    <message>
        <source>Knowledge of firms' needs</source>
        <translation>Знание потребностей предприятий</translation>
    </message>
    <message>
        <source>Speed and flexibility of response</source>
        <translation>Скорость и гибкость реагирования</translation>
    </message>
    <message>
        <source>Firms' voice in service design</source>
        <translation>Участие предприятий в разработке услуг</translation>
    </message>
    <message>
        <source>Relevance of the service portfolio</source>
        <translation>Актуальность набора услуг</translation>
    </message>
    <message>
        <source>Fit with the cluster's priorities</source>
        <translation>Соответствие приоритетам кластера</translation>
    </message>
    <message>
        <source>Uptake by cluster firms</source>
        <translation>Востребованность у предприятий кластера</translation>
    </message>
    <message>
        <source>Access for small firms</source>
        <translation>Доступность для малых предприятий</translation>
    </message>
    <message>
        <source>Staff competence</source>
        <translation>Компетентность персонала</translation>
    </message>
    <message>
        <source>Technical knowledge of the sector</source>
        <translation>Технические знания отрасли</translation>
    </message>
    <message>
        <source>Advisory and facilitation skills</source>
        <translation>Навыки консультирования и фасилитации</translation>
    </message>
    <message>
        <source>Staff development</source>
        <translation>Развитие персонала</translation>
    </message>
    <message>
        <source>Linkages with firms and other institutions</source>
        <translation>Связи с предприятиями и другими организациями</translation>
    </message>
    <message>
        <source>Contact with firms</source>
        <translation>Контакты с предприятиями</translation>
    </message>
    <message>
        <source>Cooperation with other support institutions</source>
        <translation>Сотрудничество с другими институтами поддержки</translation>
    </message>
    <message>
        <source>Links beyond the region</source>
        <translation>Связи за пределами региона</translation>
    </message>
    <message>
        <source>Financial sustainability</source>
        <translation>Финансовая устойчивость</translation>
    </message>
    <message>
        <source>Diversity of income</source>
        <translation>Разнообразие источников дохода</translation>
    </message>
    <message>
        <source>Cost recovery from services</source>
        <translation>Окупаемость услуг</translation>
    </message>
    <message>
        <source>Financial planning and reserves</source>
        <translation>Финансовое планирование и резервы</translation>
    </message>
    <message>
        <source>Governance and leadership</source>
        <translation>Управление и руководство</translation>
    </message>
    <message>
        <source>Strategy and mandate</source>
        <translation>Стратегия и мандат</translation>
    </message>
    <message>
        <source>Representation in decisions</source>
        <translation>Представительство в принятии решений</translation>
    </message>
    <message>
        <source>Transparency and accountability</source>
        <translation>Прозрачность и подотчётность</translation>
    </message>
    <message>
        <source>Monitoring capacity</source>
        <translation>Потенциал мониторинга</translation>
    </message>
    <message>
        <source>Records of clients and services</source>
        <translation>Учёт клиентов и услуг</translation>
    </message>
    <message>
        <source>Measuring results for firms</source>
        <translation>Измерение результатов для предприятий</translation>
    </message>
</context>
<context>
    <name>CapacityPanel</name>
    <message numerus="yes">
        <source>incomplete: {scored} of %n indicators scored</source>
        <translation><numerusform>не завершено: оценено {scored} из %n показателя</numerusform><numerusform>не завершено: оценено {scored} из %n показателей</numerusform><numerusform>не завершено: оценено {scored} из %n показателей</numerusform></translation>
    </message>
    <message>
        <source>{round}, {day}</source>
        <translation>{round}, {day}</translation>
    </message>
    <message>
        <source>{round} · overall {score}</source>
        <translation>{round} · общий балл {score}</translation>
    </message>
    <message>
        <source>Add default framework</source>
        <translation>Добавить стандартную методику</translation>
    </message>
    <message>
        <source>Store the default framework for support institutions in this project</source>
        <translation>Сохранить в проекте стандартную методику оценки институтов поддержки</translation>
    </message>
    <message>
        <source>Assess…</source>
        <translation>Оценить…</translation>
    </message>
    <message>
        <source>Enter or correct the scores and evidence of one institution in one round</source>
        <translation>Ввести или исправить баллы и подтверждения одной организации в одном раунде</translation>
    </message>
    <message>
        <source>Framework…</source>
        <translation>Методика…</translation>
    </message>
    <message>
        <source>Rename dimensions and indicators, rewrite the rubric, add or remove indicators</source>
        <translation>Переименовать направления и показатели, изменить описания уровней, добавить или удалить показатели</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>All assessments, their scores and the rubric as an Excel workbook</source>
        <translation>Все оценки, их баллы и описания уровней в книге Excel</translation>
    </message>
    <message>
        <source>Template…</source>
        <translation>Шаблон…</translation>
    </message>
    <message>
        <source>A workbook for field teams to fill in and import back</source>
        <translation>Книга Excel, которую полевые группы заполняют и возвращают для импорта</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Read a filled-in template or a corrected export</source>
        <translation>Прочитать заполненный шаблон или исправленный экспорт</translation>
    </message>
    <message>
        <source>Excel</source>
        <translation>Excel</translation>
    </message>
    <message>
        <source>Export the assessments, make a field template or import one</source>
        <translation>Экспортировать оценки, создать шаблон для полевой работы или импортировать заполненный</translation>
    </message>
    <message>
        <source>Institution:</source>
        <translation>Организация:</translation>
    </message>
    <message>
        <source>Double-click a row for the institution's radar chart</source>
        <translation>Дважды щёлкните строку, чтобы открыть диаграмму организации</translation>
    </message>
    <message>
        <source>Compare every institution's latest round, or all in the same round</source>
        <translation>Сравнить последний раунд каждой организации или все организации в одном раунде</translation>
    </message>
    <message>
        <source>Round:</source>
        <translation>Раунд:</translation>
    </message>
    <message>
        <source>Create capacity-building action</source>
        <translation>Создать мероприятие по развитию потенциала</translation>
    </message>
    <message>
        <source>Add an institutional-support action to the plan, led by the institution</source>
        <translation>Добавить в план мероприятие институциональной поддержки, которым руководит организация</translation>
    </message>
    <message>
        <source>Gap = target minus score, from the latest round in which the dimension was completely scored. Double-click a target to change it.</source>
        <translation>Разрыв = цель минус балл в последнем раунде, где направление оценено полностью. Дважды щёлкните цель, чтобы изменить её.</translation>
    </message>
    <message>
        <source>Radar</source>
        <translation>Диаграмма</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Сравнение</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Разрывы</translation>
    </message>
    <message>
        <source>Latest of each institution</source>
        <translation>Последний раунд каждой организации</translation>
    </message>
    <message>
        <source>No assessment framework in this project yet. Click “Add default framework” to start assessing support institutions.</source>
        <translation>В проекте пока нет методики оценки. Нажмите «Добавить стандартную методику», чтобы начать оценку институтов поддержки.</translation>
    </message>
    <message>
        <source>No institution has been assessed yet. Import a filled-in template to start.</source>
        <translation>Ни одна организация ещё не оценена. Импортируйте заполненный шаблон, чтобы начать.</translation>
    </message>
    <message>
        <source>Set target of {institution} on {dimension}</source>
        <translation>Задать цель: {institution}, {dimension}</translation>
    </message>
    <message>
        <source>Default framework added. Make a template to start the baseline round.</source>
        <translation>Стандартная методика добавлена. Создайте шаблон, чтобы начать исходную оценку.</translation>
    </message>
    <message>
        <source>{institution} already has an action for {dimension} in the plan; edit it in the Action plan panel.</source>
        <translation>У организации {institution} уже есть мероприятие по направлению «{dimension}» в плане; измените его на панели «План действий».</translation>
    </message>
    <message>
        <source>Added to the action plan: {task} (Edit ▸ Undo removes it).</source>
        <translation>Добавлено в план действий: {task} (Правка ▸ Отменить удалит его).</translation>
    </message>
</context>
<context>
    <name>CapacityRound</name>
    <message>
        <source>Baseline</source>
        <translation>Исходная оценка</translation>
    </message>
    <message>
        <source>Mid-term</source>
        <translation>Промежуточная оценка</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Итоговая оценка</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message numerus="yes">
        <source>{dimension}: incomplete, {scored} of %n indicators scored</source>
        <translation><numerusform>{dimension}: не завершено, оценено {scored} из %n показателя</numerusform><numerusform>{dimension}: не завершено, оценено {scored} из %n показателей</numerusform><numerusform>{dimension}: не завершено, оценено {scored} из %n показателей</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>No overall score: {scored} of %n indicators scored</source>
        <translation><numerusform>Нет общего балла: оценено {scored} из %n показателя</numerusform><numerusform>Нет общего балла: оценено {scored} из %n показателей</numerusform><numerusform>Нет общего балла: оценено {scored} из %n показателей</numerusform></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Раунд</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>Оценено</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Общий балл</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>не завершено</translation>
    </message>
</context>
<context>
    <name>FrameworkDialog</name>
    <message>
        <source>Framework: {name}</source>
        <translation>Методика: {name}</translation>
    </message>
    <message>
        <source>Dimensions and indicators</source>
        <translation>Направления и показатели</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Level {level}</source>
        <translation>Уровень {level}</translation>
    </message>
    <message>
        <source>Apply changes</source>
        <translation>Применить изменения</translation>
    </message>
    <message>
        <source>Add indicator</source>
        <translation>Добавить показатель</translation>
    </message>
    <message>
        <source>Delete indicator</source>
        <translation>Удалить показатель</translation>
    </message>
    <message>
        <source>Deletes the indicator, its rubric and every score given on it (undoable)</source>
        <translation>Удаляет показатель, описания его уровней и все выставленные по нему баллы (можно отменить)</translation>
    </message>
    <message>
        <source>Changes are stored at once; Edit ▸ Undo in the main window takes them back.</source>
        <translation>Изменения сохраняются сразу; Правка ▸ Отменить в главном окне возвращает их.</translation>
    </message>
    <message>
        <source>A name cannot be empty.</source>
        <translation>Название не может быть пустым.</translation>
    </message>
    <message>
        <source>Rename {name}</source>
        <translation>Переименовать «{name}»</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Изменить «{name}»</translation>
    </message>
    <message>
        <source>{name}: changes stored.</source>
        <translation>{name}: изменения сохранены.</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>Новый показатель</translation>
    </message>
    <message>
        <source>Indicator {code} added: name it and write its rubric, then Apply changes.</source>
        <translation>Показатель {code} добавлен: дайте ему название и опишите уровни, затем нажмите «Применить изменения».</translation>
    </message>
    <message>
        <source>{indicator} deleted with its scores (Edit ▸ Undo brings them back).</source>
        <translation>{indicator}: удалён вместе с баллами (Правка ▸ Отменить вернёт их).</translation>
    </message>
</context>
<context>
    <name>GapModel</name>
    <message>
        <source>Institution</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Раунд</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Разрыв</translation>
    </message>
    <message>
        <source>In plan</source>
        <translation>В плане</translation>
    </message>
    <message>
        <source>Weakest indicators</source>
        <translation>Самые слабые показатели</translation>
    </message>
    <message>
        <source>Double-click to change this institution's target on the dimension</source>
        <translation>Дважды щёлкните, чтобы изменить цель организации по этому направлению</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>{indicator}: {score}. Next level: {rubric}</source>
        <translation>{indicator}: {score}. Следующий уровень: {rubric}</translation>
    </message>
</context>
<context>
    <name>RadarChart</name>
    <message>
        <source>No assessment to show.</source>
        <translation>Нет оценок для показа.</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Цель</translation>
    </message>
</context>
<context>
    <name>WorkbookActions</name>
    <message numerus="yes">
        <source>Imported %n assessment(s) from {file}.</source>
        <translation><numerusform>Импортирована %n оценка из {file}.</numerusform><numerusform>Импортированы %n оценки из {file}.</numerusform><numerusform>Импортировано %n оценок из {file}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n left empty and skipped.</source>
        <translation><numerusform>%n пустая оценка пропущена.</numerusform><numerusform>%n пустые оценки пропущены.</numerusform><numerusform>%n пустых оценок пропущено.</numerusform></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation>Экспортировано в {path}.</translation>
    </message>
    <message>
        <source>Template written to {path}. Field teams fill in the yellow cells.</source>
        <translation>Шаблон записан в {path}. Полевые группы заполняют жёлтые ячейки.</translation>
    </message>
    <message>
        <source>{file} has no scores filled in; nothing was imported.</source>
        <translation>В файле {file} не заполнено ни одного балла; ничего не импортировано.</translation>
    </message>
    <message>
        <source>Export capacity assessments</source>
        <translation>Экспорт оценок потенциала</translation>
    </message>
    <message>
        <source>Assessment template</source>
        <translation>Шаблон оценки</translation>
    </message>
    <message>
        <source>Round to assess:</source>
        <translation>Раунд оценки:</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Сохранить шаблон</translation>
    </message>
    <message>
        <source>Import capacity assessments</source>
        <translation>Импорт оценок потенциала</translation>
    </message>
</context>
</TS>