<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru">
<context>
    <name>About</name>
    <message>
        <source>System</source>
        <translation>Система</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>недоступно</translation>
    </message>
    <message>
        <source>Maps, stakeholder registry and action plans for cluster development initiatives.</source>
        <translation>Карты, реестр участников и планы действий для инициатив по развитию кластеров.</translation>
    </message>
    <message>
        <source>Basemap data: Natural Earth (public domain). Online tiles © OpenStreetMap contributors.</source>
        <translation>Данные базовой карты: Natural Earth (общественное достояние). Онлайн-тайлы © участники OpenStreetMap.</translation>
    </message>
    <message>
        <source>Licensed under the GNU General Public License, version 3 or later.</source>
        <translation>Распространяется на условиях Стандартной общественной лицензии GNU версии 3 или более поздней.</translation>
    </message>
    <message>
        <source>About ClusterDesk</source>
        <translation>О программе ClusterDesk</translation>
    </message>
</context>
<context>
    <name>Ask</name>
    <message>
        <source>Save the changes to “{title}” before you create a new project?</source>
        <translation>Сохранить изменения в «{title}» перед созданием нового проекта?</translation>
    </message>
    <message>
        <source>Save the changes to “{title}” before you open another project?</source>
        <translation>Сохранить изменения в «{title}» перед открытием другого проекта?</translation>
    </message>
    <message>
        <source>Save the changes to “{title}” before you close it?</source>
        <translation>Сохранить изменения в «{title}» перед закрытием?</translation>
    </message>
    <message>
        <source>Save the changes to “{title}” before you quit?</source>
        <translation>Сохранить изменения в «{title}» перед выходом?</translation>
    </message>
    <message>
        <source>Save the changes to “{title}” before you restore the recovered work?</source>
        <translation>Сохранить изменения в «{title}» перед восстановлением несохранённой работы?</translation>
    </message>
    <message>
        <source>If you don't save, your changes since the last save are lost.</source>
        <translation>Если не сохранить, изменения с момента последнего сохранения будут потеряны.</translation>
    </message>
    <message>
        <source>ClusterDesk did not close normally last time. Restore the unsaved work?</source>
        <translation>В прошлый раз ClusterDesk завершил работу некорректно. Восстановить несохранённую работу?</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>Решить &amp;позже</translation>
    </message>
    <message>
        <source>Reloading loses your unsaved changes.</source>
        <translation>При повторной загрузке несохранённые изменения будут потеряны.</translation>
    </message>
    <message>
        <source>Reloading shows the other program's changes.</source>
        <translation>После повторной загрузки вы увидите изменения, сделанные другой программой.</translation>
    </message>
    <message>
        <source>Keeping your version overwrites the other changes when you save.</source>
        <translation>Если оставить свою версию, изменения другой программы будут перезаписаны при сохранении.</translation>
    </message>
    <message>
        <source>“{name}” was changed by another program since you opened it. Reload it from disk?</source>
        <translation>После открытия файл «{name}» был изменён другой программой. Загрузить его заново с диска?</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Загрузить заново</translation>
    </message>
    <message>
        <source>&amp;Keep my version</source>
        <translation>&amp;Оставить мою версию</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <source>Type a name or code, e.g. Ecuador or EC</source>
        <translation>Введите название или код, например Эквадор или EC</translation>
    </message>
</context>
<context>
    <name>DeleteQuestion</name>
    <message>
        <source>1 relation</source>
        <translation>1 связь</translation>
    </message>
    <message numerus="yes">
        <source>%Ln relations</source>
        <translation>
            <numerusform>%Ln связь</numerusform>
            <numerusform>%Ln связи</numerusform>
            <numerusform>%Ln связей</numerusform>
        </translation>
    </message>
    <message>
        <source>1 contact person</source>
        <translation>1 контактное лицо</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact persons</source>
        <translation>
            <numerusform>%Ln контактное лицо</numerusform>
            <numerusform>%Ln контактных лица</numerusform>
            <numerusform>%Ln контактных лиц</numerusform>
        </translation>
    </message>
    <message>
        <source>1 plan responsibility</source>
        <translation>1 назначение ответственным в плане</translation>
    </message>
    <message numerus="yes">
        <source>%Ln plan responsibilities</source>
        <translation>
            <numerusform>%Ln назначение ответственным в плане</numerusform>
            <numerusform>%Ln назначения ответственным в плане</numerusform>
            <numerusform>%Ln назначений ответственным в плане</numerusform>
        </translation>
    </message>
    <message>
        <source>1 plan participation</source>
        <translation>1 участие в плане</translation>
    </message>
    <message numerus="yes">
        <source>%Ln plan participations</source>
        <translation>
            <numerusform>%Ln участие в плане</numerusform>
            <numerusform>%Ln участия в плане</numerusform>
            <numerusform>%Ln участий в плане</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln stakeholders?</source>
        <translation>
            <numerusform>Удалить %Ln участника?</numerusform>
            <numerusform>Удалить %Ln участника?</numerusform>
            <numerusform>Удалить %Ln участников?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete “{name}”?</source>
        <translation>Удалить «{name}»?</translation>
    </message>
    <message>
        <source>Delete this stakeholder?</source>
        <translation>Удалить этого участника?</translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation>Это действие можно отменить.</translation>
    </message>
    <message>
        <source>Also removed: {items}.</source>
        <translation>Также будут удалены: {items}.</translation>
    </message>
</context>
<context>
    <name>DocumentController</name>
    <message>
        <source>ClusterDesk projects ({patterns})</source>
        <translation>Проекты ClusterDesk ({patterns})</translation>
    </message>
    <message>
        <source>All files ({patterns})</source>
        <translation>Все файлы ({patterns})</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Открыть проект</translation>
    </message>
    <message>
        <source>{file} was upgraded from format {version}; save to keep it.</source>
        <translation>Файл {file} обновлён с формата {version}; чтобы обновление не пропало, сохраните его.</translation>
    </message>
    <message>
        <source>{file} is read-only: use Save As to keep changes.</source>
        <translation>Файл {file} доступен только для чтения: чтобы сохранить изменения, используйте «Сохранить как».</translation>
    </message>
    <message>
        <source>Sample project: Save As to keep your changes</source>
        <translation>Пример проекта: чтобы сохранить изменения, используйте «Сохранить как»</translation>
    </message>
    <message>
        <source>{file} was changed by another program since you opened it.</source>
        <translation>После открытия файл {file} был изменён другой программой.</translation>
    </message>
    <message>
        <source>Saving replaces those changes with yours; the replaced file is kept as a .bak backup. Use Save As to keep both.</source>
        <translation>При сохранении эти изменения будут заменены вашими; заменённый файл останется в резервной копии .bak. Чтобы сохранить обе версии, используйте «Сохранить как».</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>&amp;Перезаписать</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
    <message>
        <source>The project file is in use.</source>
        <translation>Файл проекта сейчас используется.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Повторить попытку</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>Сохранить проект как</translation>
    </message>
    <message>
        <source>Recovered work is shown as unsaved changes: save it to keep it.</source>
        <translation>Восстановленная работа показана как несохранённые изменения: сохраните её, чтобы не потерять.</translation>
    </message>
    <message>
        <source>last autosaved {time} (UTC)</source>
        <translation>последнее автосохранение: {time} (UTC)</translation>
    </message>
    <message>
        <source>last autosaved at an unknown time</source>
        <translation>время последнего автосохранения неизвестно</translation>
    </message>
    <message>
        <source>Unsaved work on “{cluster}” of {file}, {autosaved}.</source>
        <translation>Несохранённая работа над «{cluster}», файл {file}; {autosaved}.</translation>
    </message>
    <message>
        <source>Unsaved work on “{cluster}” of a project that was never saved, {autosaved}.</source>
        <translation>Несохранённая работа над «{cluster}» — проект ни разу не сохранялся; {autosaved}.</translation>
    </message>
    <message>
        <source>QGIS was not found on this computer.</source>
        <translation>QGIS не найден на этом компьютере.</translation>
    </message>
    <message>
        <source>Opening {file} in QGIS…</source>
        <translation>Открытие {file} в QGIS…</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>ClusterDesk ran out of memory. Save your work, close other programs and try again.</source>
        <translation>Программе ClusterDesk не хватило памяти. Сохраните работу, закройте другие программы и повторите попытку.</translation>
    </message>
    <message>
        <source>A file operation failed: {reason}. Check the disk space and permissions.</source>
        <translation>Ошибка операции с файлом: {reason}. Проверьте свободное место на диске и права доступа.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({error}). Your project is unchanged unless you saved; save under a new name if in doubt.</source>
        <translation>Произошла непредвиденная ошибка ({error}). Проект не изменился, если вы его не сохраняли; если сомневаетесь, сохраните его под новым именем.</translation>
    </message>
    <message>
        <source>The details were written to {path}.</source>
        <translation>Подробности записаны в {path}.</translation>
    </message>
</context>
<context>
    <name>ExportViewDialog</name>
    <message>
        <source>Export map view</source>
        <translation>Экспорт вида карты</translation>
    </message>
    <message>
        <source> px</source>
        <translation> пикс.</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> точек/дюйм</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>О&amp;бзор…</translation>
    </message>
    <message>
        <source>&amp;Width</source>
        <translation>&amp;Ширина</translation>
    </message>
    <message>
        <source>&amp;Height</source>
        <translation>&amp;Высота</translation>
    </message>
    <message>
        <source>&amp;Resolution</source>
        <translation>&amp;Разрешение</translation>
    </message>
    <message>
        <source>No title</source>
        <translation>Без заголовка</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Заголовок</translation>
    </message>
    <message>
        <source>&amp;Legend of the stakeholder kinds shown</source>
        <translation>&amp;Легенда видимых типов участников</translation>
    </message>
    <message>
        <source>&amp;Scale bar</source>
        <translation>&amp;Масштабная линейка</translation>
    </message>
    <message>
        <source>&amp;North arrow</source>
        <translation>&amp;Стрелка севера</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>PNG image ({patterns})</source>
        <translation>Изображение PNG ({patterns})</translation>
    </message>
    <message>
        <source>SVG drawing ({patterns})</source>
        <translation>Рисунок SVG ({patterns})</translation>
    </message>
    <message>
        <source>PDF document ({patterns})</source>
        <translation>Документ PDF ({patterns})</translation>
    </message>
    <message>
        <source>The file name must end in .png, .svg or .pdf.</source>
        <translation>Имя файла должно оканчиваться на .png, .svg или .pdf.</translation>
    </message>
    <message>
        <source>The folder does not exist.</source>
        <translation>Такой папки не существует.</translation>
    </message>
</context>
<context>
    <name>MainStatusBar</name>
    <message>
        <source>{degrees}° N</source>
        <translation>{degrees}° с. ш.</translation>
    </message>
    <message>
        <source>{degrees}° S</source>
        <translation>{degrees}° ю. ш.</translation>
    </message>
    <message>
        <source>{degrees}° E</source>
        <translation>{degrees}° в. д.</translation>
    </message>
    <message>
        <source>{degrees}° W</source>
        <translation>{degrees}° з. д.</translation>
    </message>
    <message>
        <source>Map scale</source>
        <translation>Масштаб карты</translation>
    </message>
    <message>
        <source>Cursor position (WGS 84)</source>
        <translation>Положение курсора (WGS 84)</translation>
    </message>
    <message>
        <source>Online map tiles unavailable — showing the offline basemap</source>
        <translation>Онлайн-тайлы карты недоступны — показана офлайн-подложка</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholder(s)</source>
        <translation>
            <numerusform>%Ln участник</numerusform>
            <numerusform>%Ln участника</numerusform>
            <numerusform>%Ln участников</numerusform>
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
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>Выбран %Ln</numerusform>
            <numerusform>Выбрано %Ln</numerusform>
            <numerusform>Выбрано %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>No selection</source>
        <translation>Ничего не выбрано</translation>
    </message>
</context>
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
        <source>Open from Ser&amp;ver…</source>
        <translation>Открыть с с&amp;ервера…</translation>
    </message>
    <message>
        <source>Open a team project kept on a PostgreSQL server</source>
        <translation>Открыть командный проект, хранящийся на сервере PostgreSQL</translation>
    </message>
    <message>
        <source>S&amp;ynchronise with Server</source>
        <translation>Син&amp;хронизировать с сервером</translation>
    </message>
    <message>
        <source>Send the changes of this checked-out copy to the server and receive the others'</source>
        <translation>Отправить на сервер изменения этой выгруженной копии и получить изменения других</translation>
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
        <source>Import survey &amp;responses…</source>
        <translation>Импорт &amp;ответов анкеты…</translation>
    </message>
    <message>
        <source>Import a KoboToolbox or ODK data export into a survey of the project</source>
        <translation>Импортировать выгрузку данных KoboToolbox или ODK в анкету проекта</translation>
    </message>
    <message>
        <source>Import action &amp;plan…</source>
        <translation>Импорт &amp;плана действий…</translation>
    </message>
    <message>
        <source>Import an action plan from MS Project XML, Primavera P6 XML, GanttProject or CSV</source>
        <translation>Импортировать план действий из XML MS Project, XML Primavera P6, GanttProject или CSV</translation>
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
        <source>Project &amp;Details…</source>
        <translation>Сведения о &amp;проекте…</translation>
    </message>
    <message>
        <source>Name, phase, agency, dates, country, sector and language</source>
        <translation>Название, этап, агентство, даты, страна, отрасль и язык</translation>
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
        <source>(read-only)</source>
        <translation>(только чтение)</translation>
    </message>
    <message>
        <source>(sample)</source>
        <translation>(пример)</translation>
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
        <source>Could not write the recovery copy: {error}</source>
        <translation>Не удалось записать копию для восстановления: {error}</translation>
    </message>
    <message>
        <source>Recovery copy saved</source>
        <translation>Копия для восстановления сохранена</translation>
    </message>
    <message>
        <source>Stakeholder tables ({patterns})</source>
        <translation>Таблицы участников ({patterns})</translation>
    </message>
    <message>
        <source>Import stakeholders</source>
        <translation>Импорт участников</translation>
    </message>
    <message>
        <source>{title} map</source>
        <translation>Карта {title}</translation>
    </message>
    <message>
        <source>Exported {path}</source>
        <translation>Экспортировано: {path}</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Нет недавних проектов</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Очистить список</translation>
    </message>
    <message>
        <source>The user guide is not installed with this copy of ClusterDesk.</source>
        <translation>Руководство пользователя не установлено вместе с этой копией ClusterDesk.</translation>
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
        <source>&amp;Reset layout</source>
        <translation>&amp;Сбросить расположение панелей</translation>
    </message>
    <message>
        <source>Put the panels back where they were at first start</source>
        <translation>Вернуть панели на места, которые они занимали при первом запуске</translation>
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
    <message>
        <source>Panels</source>
        <translation>Панели</translation>
    </message>
    <message>
        <source>Show or hide the panels around the map</source>
        <translation>Показать или скрыть панели вокруг карты</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <source>New project</source>
        <translation>Новый проект</translation>
    </message>
    <message>
        <source>e.g. Atuntaqui garments</source>
        <translation>например, Швейный кластер Атунтаки</translation>
    </message>
    <message>
        <source>The pack, the web map and the QGIS styles are printed in it.</source>
        <translation>На этом языке печатаются пакет документов, веб-карта и стили QGIS.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>О&amp;бзор…</translation>
    </message>
    <message>
        <source>Cluster &amp;name</source>
        <translation>&amp;Название кластера</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Страна</translation>
    </message>
    <message>
        <source>&amp;Sector (ISIC Rev.4)</source>
        <translation>&amp;Отрасль (МСОК ред. 4)</translation>
    </message>
    <message>
        <source>Project &amp;language</source>
        <translation>&amp;Язык проекта</translation>
    </message>
    <message>
        <source>Choose the country from the list (e.g. Ecuador or EC), or leave it empty.</source>
        <translation>Выберите страну из списка (например, Эквадор или EC) или оставьте поле пустым.</translation>
    </message>
    <message>
        <source>Save &amp;as</source>
        <translation>Сохранить &amp;как</translation>
    </message>
    <message>
        <source>ClusterDesk projects ({patterns})</source>
        <translation>Проекты ClusterDesk ({patterns})</translation>
    </message>
    <message>
        <source>Enter the cluster's name.</source>
        <translation>Введите название кластера.</translation>
    </message>
    <message>
        <source>Choose where to save the project.</source>
        <translation>Выберите, где сохранить проект.</translation>
    </message>
    <message>
        <source>{file} already exists; choose another name.</source>
        <translation>Файл {file} уже существует; выберите другое имя.</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <source>Layers</source>
        <translation>Слои</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>План действий</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Связи</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>Управление</translation>
    </message>
    <message>
        <source>Institutional capacity</source>
        <translation>Институциональный потенциал</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <source>Diagnostic</source>
        <translation>Диагностика</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>Слайды</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Проверки</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Отбор</translation>
    </message>
</context>
<context>
    <name>PlaceStakeholderDialog</name>
    <message>
        <source>New stakeholder</source>
        <translation>Новый участник</translation>
    </message>
    <message>
        <source>Name of the enterprise or institution</source>
        <translation>Название предприятия или организации</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Тип</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Местоположение</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Введите название.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Show the start page</source>
        <translation>Показывать начальную страницу</translation>
    </message>
    <message>
        <source>Reopen the last project</source>
        <translation>Открывать последний проект</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>Как в системе ({language})</translation>
    </message>
    <message>
        <source>A new language shows when ClusterDesk starts again.</source>
        <translation>Новый язык появится при следующем запуске ClusterDesk.</translation>
    </message>
    <message>
        <source>Save a recovery copy &amp;every</source>
        <translation>Сохранять копию для восстановления &amp;каждые</translation>
    </message>
    <message>
        <source>On &amp;start</source>
        <translation>При &amp;запуске</translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation>&amp;Язык интерфейса</translation>
    </message>
</context>
<context>
    <name>ProjectDetailsDialog</name>
    <message>
        <source>e.g. USD</source>
        <translation>например, USD</translation>
    </message>
    <message>
        <source>Project details</source>
        <translation>Сведения о проекте</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Убрать</translation>
    </message>
    <message>
        <source>The project has a start date</source>
        <translation>У проекта есть дата начала</translation>
    </message>
    <message>
        <source>The project has a planned end date</source>
        <translation>У проекта есть плановая дата окончания</translation>
    </message>
    <message>
        <source>e.g. Imbabura</source>
        <translation>например, Имбабура</translation>
    </message>
    <message>
        <source>as printed, e.g. Knitwear</source>
        <translation>как в печати, например Трикотаж</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Cluster &amp;name</source>
        <translation>&amp;Название кластера</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Описание</translation>
    </message>
    <message>
        <source>&amp;Phase</source>
        <translation>&amp;Этап</translation>
    </message>
    <message>
        <source>&amp;Agency</source>
        <translation>&amp;Агентство</translation>
    </message>
    <message>
        <source>Agency logo</source>
        <translation>Логотип агентства</translation>
    </message>
    <message>
        <source>&amp;Start date</source>
        <translation>&amp;Дата начала</translation>
    </message>
    <message>
        <source>&amp;End date</source>
        <translation>Дата о&amp;кончания</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>The pack, the web map and the QGIS styles are printed in it.</source>
        <translation>На этом языке печатаются пакет документов, веб-карта и стили QGIS.</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>Вал&amp;юта</translation>
    </message>
    <message>
        <source>Place and sector</source>
        <translation>Место и отрасль</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Страна</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Регион</translation>
    </message>
    <message>
        <source>Sec&amp;tor (ISIC Rev.4)</source>
        <translation>Отрас&amp;ль (МСОК ред. 4)</translation>
    </message>
    <message>
        <source>Sector na&amp;me</source>
        <translation>Назван&amp;ие отрасли</translation>
    </message>
    <message>
        <source>Enter the cluster's name.</source>
        <translation>Введите название кластера.</translation>
    </message>
    <message>
        <source>The end date must come after the start date ({start}).</source>
        <translation>Дата окончания должна быть позже даты начала ({start}).</translation>
    </message>
    <message>
        <source>Choose the country from the list, or leave the field empty.</source>
        <translation>Выберите страну из списка или оставьте поле пустым.</translation>
    </message>
    <message>
        <source>Choose the currency from the list (a code such as USD), or none.</source>
        <translation>Выберите валюту из списка (код, например USD) или оставьте поле пустым.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Нет логотипа</translation>
    </message>
    <message>
        <source>{file} is not a PNG or JPEG image.</source>
        <translation>{file} — не изображение PNG или JPEG.</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>Изображения ({patterns})</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>{task} cancelled; no file written.</source>
        <translation>{task}: отменено, файл не записан.</translation>
    </message>
    <message>
        <source>Export action-plan pack</source>
        <translation>Экспорт пакета плана действий</translation>
    </message>
    <message>
        <source>{title} action plan</source>
        <translation>План действий {title}</translation>
    </message>
    <message>
        <source>PDF documents ({patterns})</source>
        <translation>Документы PDF ({patterns})</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter (США)</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Размер бумаги</translation>
    </message>
    <message>
        <source>Print the pack on:</source>
        <translation>Формат бумаги для пакета:</translation>
    </message>
    <message>
        <source>Exported {file}</source>
        <translation>Экспортировано: {file}</translation>
    </message>
    <message>
        <source>Action-plan pack</source>
        <translation>Пакет плана действий</translation>
    </message>
    <message>
        <source>Export web map</source>
        <translation>Экспорт веб-карты</translation>
    </message>
    <message>
        <source>{title} map</source>
        <translation>Карта {title}</translation>
    </message>
    <message>
        <source>Web pages ({patterns})</source>
        <translation>Веб-страницы ({patterns})</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Контактные данные</translation>
    </message>
    <message>
        <source>Include phone numbers and e-mail addresses in the map's pop-ups?</source>
        <translation>Включить номера телефонов и адреса электронной почты во всплывающие окна карты?</translation>
    </message>
    <message>
        <source>The file is meant to be handed out; leave them out unless everyone it reaches may see them.</source>
        <translation>Файл предназначен для распространения; не включайте их, если не все получатели вправе их видеть.</translation>
    </message>
    <message>
        <source>Web map</source>
        <translation>Веб-карта</translation>
    </message>
</context>
<context>
    <name>SectorPicker</name>
    <message>
        <source>Search by code or word, e.g. 1430 or knitted</source>
        <translation>Поиск по коду или слову, например 1430 или трикотаж</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>No sector</source>
        <translation>Без отрасли</translation>
    </message>
    <message>
        <source>No sector chosen</source>
        <translation>Отрасль не выбрана</translation>
    </message>
</context>
<context>
    <name>StakeholderEditor</name>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Find stakeholders</source>
        <translation>Поиск участников</translation>
    </message>
    <message>
        <source>Name contains:</source>
        <translation>Название содержит:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholder(s) found for “{text}”</source>
        <translation>
            <numerusform>По запросу «{text}» найден %Ln участник</numerusform>
            <numerusform>По запросу «{text}» найдено %Ln участника</numerusform>
            <numerusform>По запросу «{text}» найдено %Ln участников</numerusform>
        </translation>
    </message>
    <message>
        <source>No stakeholder name contains “{text}”</source>
        <translation>Нет участников, в названии которых есть «{text}»</translation>
    </message>
    <message>
        <source>New cluster boundary</source>
        <translation>Новая граница кластера</translation>
    </message>
    <message>
        <source>Name of the area (e.g. core area, wider area):</source>
        <translation>Название территории (например, ядро, расширенная зона):</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Maps, stakeholder registry and action plans for cluster development initiatives</source>
        <translation>Карты, реестр участников и планы действий для инициатив по развитию кластеров</translation>
    </message>
    <message>
        <source>version {version}</source>
        <translation>версия {version}</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Создать проект…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;Открыть проект…</translation>
    </message>
    <message>
        <source>Open from &amp;server…</source>
        <translation>Открыть с &amp;сервера…</translation>
    </message>
    <message>
        <source>Open a team project kept on a PostgreSQL server</source>
        <translation>Открыть командный проект, хранящийся на сервере PostgreSQL</translation>
    </message>
    <message>
        <source>No recent projects yet. Open a project or start a new one.</source>
        <translation>Недавних проектов пока нет. Откройте проект или создайте новый.</translation>
    </message>
    <message>
        <source>No sample projects were found in this installation.</source>
        <translation>Примеры проектов в этой установке не найдены.</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Недавние проекты</translation>
    </message>
    <message>
        <source>Sample projects</source>
        <translation>Примеры проектов</translation>
    </message>
</context>
</TS>