<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru">
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Создать…</translation>
    </message>
    <message>
        <source>Create a new cluster project</source>
        <translation>Создать новый проект кластера</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>Open a ClusterDesk project</source>
        <translation>Открыть проект ClusterDesk</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>Сохранить проект</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <source>&amp;Import stakeholders…</source>
        <translation>&amp;Импорт участников…</translation>
    </message>
    <message>
        <source>Import stakeholders from CSV, Excel, Shapefile, GeoJSON</source>
        <translation>Импорт участников из CSV, Excel, Shapefile, GeoJSON</translation>
    </message>
    <message>
        <source>&amp;Map view…</source>
        <translation>&amp;Вид карты…</translation>
    </message>
    <message>
        <source>Export the map view to PNG, SVG or PDF</source>
        <translation>Экспорт вида карты в PNG, SVG или PDF</translation>
    </message>
    <message>
        <source>&amp;Action-plan pack (PDF)…</source>
        <translation>&amp;Пакет плана действий (PDF)…</translation>
    </message>
    <message>
        <source>Print-ready pack for the steering committee</source>
        <translation>Пакет для печати для руководящего комитета</translation>
    </message>
    <message>
        <source>&amp;Web map (HTML)…</source>
        <translation>&amp;Веб-карта (HTML)…</translation>
    </message>
    <message>
        <source>Interactive map that works without internet</source>
        <translation>Интерактивная карта, работающая без интернета</translation>
    </message>
    <message>
        <source>Open in &amp;QGIS</source>
        <translation>Открыть в &amp;QGIS</translation>
    </message>
    <message>
        <source>Save and open this project in QGIS</source>
        <translation>Сохранить проект и открыть его в QGIS</translation>
    </message>
    <message>
        <source>&amp;Close project</source>
        <translation>&amp;Закрыть проект</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Отменить: {action}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Повторить: {action}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Delete selected</source>
        <translation>&amp;Удалить выбранное</translation>
    </message>
    <message>
        <source>Delete the selected stakeholders</source>
        <translation>Удалить выбранных участников</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Выбрать &amp;всё</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>Снять в&amp;ыбор</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <source>Find stakeholders by name</source>
        <translation>Найти участников по названию</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Приблизить</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Отдалить</translation>
    </message>
    <message>
        <source>Zoom to &amp;cluster</source>
        <translation>Показать &amp;кластер</translation>
    </message>
    <message>
        <source>Show the cluster area: its boundaries, or all stakeholders if none</source>
        <translation>Показать территорию кластера: его границы или, если их нет, всех участников</translation>
    </message>
    <message>
        <source>Zoom to &amp;all stakeholders</source>
        <translation>Показать &amp;всех участников</translation>
    </message>
    <message>
        <source>Show every stakeholder, buyers far away included</source>
        <translation>Показать всех участников, включая удалённых покупателей</translation>
    </message>
    <message>
        <source>Zoom to &amp;selection</source>
        <translation>Показать &amp;выбранное</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>Во весь &amp;экран</translation>
    </message>
    <message>
        <source>Select and move</source>
        <translation>Выбор и перемещение</translation>
    </message>
    <message>
        <source>Click or drag a box to select; drag a selected stakeholder to move it</source>
        <translation>Щёлкните или обведите рамкой, чтобы выбрать; перетащите выбранного участника, чтобы переместить его</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Панорама</translation>
    </message>
    <message>
        <source>Drag to move the map; Shift+drag zooms to a box</source>
        <translation>Перетащите, чтобы сдвинуть карту; Shift+перетаскивание приближает к рамке</translation>
    </message>
    <message>
        <source>Identify</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <source>Click a stakeholder to see its details</source>
        <translation>Щёлкните участника, чтобы увидеть сведения о нём</translation>
    </message>
    <message>
        <source>Place stakeholder</source>
        <translation>Разместить участника</translation>
    </message>
    <message>
        <source>Click on the map to place a new stakeholder</source>
        <translation>Щёлкните по карте, чтобы разместить нового участника</translation>
    </message>
    <message>
        <source>Draw cluster boundary</source>
        <translation>Нарисовать границу кластера</translation>
    </message>
    <message>
        <source>Click the corners; double-click or Enter finishes, Esc cancels</source>
        <translation>Щёлкайте по углам; двойной щелчок или Enter завершает, Esc отменяет</translation>
    </message>
    <message>
        <source>Edit cluster boundary</source>
        <translation>Изменить границу кластера</translation>
    </message>
    <message>
        <source>Drag a corner of a boundary to reshape it</source>
        <translation>Перетащите угол границы, чтобы изменить её форму</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <source>&amp;About ClusterDesk</source>
        <translation>&amp;О программе ClusterDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние проекты</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>П&amp;анели</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Основная панель инструментов</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>As the system ({language})</source>
        <translation>Как в системе ({language})</translation>
    </message>
    <message>
        <source>A new language shows when ClusterDesk starts again.</source>
        <translation>Новый язык появится при следующем запуске ClusterDesk.</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
</context>
</TS>