<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru">
<context>
    <name>ChecksPanel</name>
    <message>
        <source>Run again</source>
        <translation>Проверить снова</translation>
    </message>
    <message>
        <source>Check the project again</source>
        <translation>Проверить проект ещё раз</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>Перейти</translation>
    </message>
    <message>
        <source>Show the row this finding is about in its panel or on the map</source>
        <translation>Показать запись, к которой относится замечание, на её панели или на карте</translation>
    </message>
    <message>
        <source>Silence…</source>
        <translation>Скрыть…</translation>
    </message>
    <message>
        <source>Stop reporting this finding, with the reason why (can be undone)</source>
        <translation>Больше не показывать это замечание, указав причину (можно отменить)</translation>
    </message>
    <message>
        <source>Report again</source>
        <translation>Снова показывать</translation>
    </message>
    <message>
        <source>Lift the silence: report this finding again</source>
        <translation>Снять скрытие: снова показывать это замечание</translation>
    </message>
    <message>
        <source>Show silenced</source>
        <translation>Показать скрытые</translation>
    </message>
    <message>
        <source>Checking the project</source>
        <translation>Проверка проекта</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>The checks could not run: {error}</source>
        <translation>Проверки не удалось выполнить: {error}</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Проблем не найдено.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation><numerusform>%n ошибка</numerusform><numerusform>%n ошибки</numerusform><numerusform>%n ошибок</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation><numerusform>%n предупреждение</numerusform><numerusform>%n предупреждения</numerusform><numerusform>%n предупреждений</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation><numerusform>%n замечание</numerusform><numerusform>%n замечания</numerusform><numerusform>%n замечаний</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Show silenced (%n)</source>
        <translation><numerusform>Показать скрытые (%n)</numerusform><numerusform>Показать скрытые (%n)</numerusform><numerusform>Показать скрытые (%n)</numerusform></translation>
    </message>
    <message>
        <source>Silenced because: {reason}</source>
        <translation>Скрыто, потому что: {reason}</translation>
    </message>
    <message>
        <source>How to fix: {fix}</source>
        <translation>Как исправить: {fix}</translation>
    </message>
    <message>
        <source>Silence a finding</source>
        <translation>Скрыть замечание</translation>
    </message>
    <message>
        <source>Why does this finding not need fixing? The reason is kept in the project.</source>
        <translation>Почему это замечание не нужно исправлять? Причина сохраняется в проекте.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Замечание</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Важность</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Замечание</translation>
    </message>
    <message>
        <source>Silenced because</source>
        <translation>Причина скрытия</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found — Panels ▸ Checks</source>
        <translation><numerusform>Найдена %n проблема — Панели ▸ Проверки</numerusform><numerusform>Найдены %n проблемы — Панели ▸ Проверки</numerusform><numerusform>Найдено %n проблем — Панели ▸ Проверки</numerusform></translation>
    </message>
</context>
</TS>