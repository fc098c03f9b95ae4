<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru">
<context>
    <name>BackgroundProgress</name>
    <message>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <source>Stopped; nothing was written.</source>
        <translation>Остановлено; ничего не записано.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <source>Import stakeholders</source>
        <translation>Импорт участников</translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln rows…</source>
        <translation>
            <numerusform>Импорт %Ln строки…</numerusform>
            <numerusform>Импорт %Ln строк…</numerusform>
            <numerusform>Импорт %Ln строк…</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written.</source>
        <translation>Импорт отменён; ничего не записано.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln stakeholders from {file}</source>
        <translation>
            <numerusform>Импортирован %Ln участник из {file}</numerusform>
            <numerusform>Импортировано %Ln участника из {file}</numerusform>
            <numerusform>Импортировано %Ln участников из {file}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Admin area</source>
        <translation>Административный район</translation>
    </message>
    <message>
        <source>Sector (ISIC)</source>
        <translation>Отрасль (МСОК)</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Продукция</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Правовая форма</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Веб-сайт</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <source>Women employees</source>
        <translation>Сотрудники-женщины</translation>
    </message>
    <message>
        <source>Year founded</source>
        <translation>Год основания</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Широта</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Долгота</translation>
    </message>
    <message>
        <source>Contact: name</source>
        <translation>Контакт: имя</translation>
    </message>
    <message>
        <source>Contact: role</source>
        <translation>Контакт: должность</translation>
    </message>
    <message>
        <source>Contact: phone</source>
        <translation>Контакт: телефон</translation>
    </message>
    <message>
        <source>Contact: e-mail</source>
        <translation>Контакт: эл. почта</translation>
    </message>
    <message>
        <source>Contact: gender</source>
        <translation>Контакт: пол</translation>
    </message>
    <message>
        <source>Custom fields (JSON)</source>
        <translation>Дополнительные поля (JSON)</translation>
    </message>
    <message>
        <source>Match columns to fields</source>
        <translation>Сопоставление столбцов и полей</translation>
    </message>
    <message>
        <source>The guesses come from the column names. Change any of them; a column kept as a custom field becomes a project field of its own.</source>
        <translation>Варианты предложены по названиям столбцов. Любой из них можно изменить; столбец, оставленный как дополнительное поле, становится отдельным полем проекта.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Столбец файла</translation>
    </message>
    <message>
        <source>Example values</source>
        <translation>Примеры значений</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Поле участника</translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation>Не импортировать</translation>
    </message>
    <message>
        <source>Custom field “{key}”</source>
        <translation>Дополнительное поле «{key}»</translation>
    </message>
    <message numerus="yes">
        <source>%Ln columns of the file match no stakeholder field.</source>
        <translation>
            <numerusform>%Ln столбец файла не соответствует ни одному полю участника.</numerusform>
            <numerusform>%Ln столбца файла не соответствуют ни одному полю участника.</numerusform>
            <numerusform>%Ln столбцов файла не соответствуют ни одному полю участника.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each column kept becomes a custom field of the project (%Ln new fields). Leave them out and choose below the ones to keep as custom fields, or keep them all?</source>
        <translation>
            <numerusform>Каждый оставленный столбец станет дополнительным полем проекта (%Ln новое поле). Пропустить их и выбрать ниже те, которые нужно оставить как дополнительные поля, или оставить все?</numerusform>
            <numerusform>Каждый оставленный столбец станет дополнительным полем проекта (%Ln новых поля). Пропустить их и выбрать ниже те, которые нужно оставить как дополнительные поля, или оставить все?</numerusform>
            <numerusform>Каждый оставленный столбец станет дополнительным полем проекта (%Ln новых полей). Пропустить их и выбрать ниже те, которые нужно оставить как дополнительные поля, или оставить все?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep all %Ln</source>
        <translation>
            <numerusform>Оставить все (%Ln)</numerusform>
            <numerusform>Оставить все (%Ln)</numerusform>
            <numerusform>Оставить все (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave them out</source>
        <translation>Пропустить их</translation>
    </message>
</context>
<context>
    <name>PlanImportWizard</name>
    <message>
        <source>Choose the plan file</source>
        <translation>Выберите файл плана</translation>
    </message>
    <message>
        <source>An action plan saved by MS Project, ProjectLibre or Primavera P6 (XML), by GanttProject (.gan) or as CSV. Nothing is written until the last page.</source>
        <translation>План действий, сохранённый в MS Project, ProjectLibre или Primavera P6 (XML), в GanttProject (.gan) или в CSV. До последней страницы ничего не записывается.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>The Primavera P6 file holds several projects; one is imported</source>
        <translation>Файл Primavera P6 содержит несколько проектов; импортируется один</translation>
    </message>
    <message>
        <source>Replace the current plan</source>
        <translation>Заменить текущий план</translation>
    </message>
    <message>
        <source>Remove the project's tasks first; otherwise the file's are added after them</source>
        <translation>Сначала удалить задачи проекта; иначе задачи файла добавляются после них</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Project in the file</source>
        <translation>Проект в файле</translation>
    </message>
    <message>
        <source>Action plans ({patterns})</source>
        <translation>Планы действий ({patterns})</translation>
    </message>
    <message>
        <source>MS Project XML (*.xml)</source>
        <translation>XML MS Project (*.xml)</translation>
    </message>
    <message>
        <source>Primavera P6 XML (*.xml)</source>
        <translation>XML Primavera P6 (*.xml)</translation>
    </message>
    <message>
        <source>GanttProject (*.gan)</source>
        <translation>GanttProject (*.gan)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Import action plan</source>
        <translation>Импорт плана действий</translation>
    </message>
    <message>
        <source>Check before importing</source>
        <translation>Проверка перед импортом</translation>
    </message>
    <message>
        <source>Reading {file}</source>
        <translation>Чтение {file}</translation>
    </message>
    <message>
        <source>Go back and tick “Replace the current plan” to load the file instead.</source>
        <translation>Вернитесь назад и отметьте «Заменить текущий план», чтобы загрузить файл вместо него.</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation><numerusform>%n задача</numerusform><numerusform>%n задачи</numerusform><numerusform>%n задач</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n dependency</source>
        <translation><numerusform>%n зависимость</numerusform><numerusform>%n зависимости</numerusform><numerusform>%n зависимостей</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n dependencies</source>
        <translation><numerusform>%n зависимость</numerusform><numerusform>%n зависимости</numerusform><numerusform>%n зависимостей</numerusform></translation>
    </message>
    <message>
        <source>{tasks} and {links} will be imported from {file}.</source>
        <translation>Из {file} будут импортированы: {tasks} и {links}.</translation>
    </message>
    <message>
        <source>Not imported, because the action plan does not keep it:</source>
        <translation>Не импортируется, так как план действий этого не хранит:</translation>
    </message>
    <message>
        <source>Everything in the file is imported.</source>
        <translation>Импортируется всё содержимое файла.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n task(s)</source>
        <translation><numerusform>Импортировать %n задачу</numerusform><numerusform>Импортировать %n задачи</numerusform><numerusform>Импортировать %n задач</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n task(s) from {file}</source>
        <translation><numerusform>Импортирована %n задача из {file}</numerusform><numerusform>Импортировано %n задачи из {file}</numerusform><numerusform>Импортировано %n задач из {file}</numerusform></translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <source>Reading {file}</source>
        <translation>Чтение {file}</translation>
    </message>
    <message>
        <source>encoding {encoding}</source>
        <translation>кодировка {encoding}</translation>
    </message>
    <message>
        <source>{delimiter}-separated</source>
        <translation>разделитель «{delimiter}»</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>разделитель — запятая</translation>
    </message>
    <message>
        <source>semicolon-separated</source>
        <translation>разделитель — точка с запятой</translation>
    </message>
    <message>
        <source>tab-separated</source>
        <translation>разделитель — табуляция</translation>
    </message>
    <message>
        <source>pipe-separated</source>
        <translation>разделитель — вертикальная черта</translation>
    </message>
    <message>
        <source>sheet or layer '{sheet}'</source>
        <translation>лист или слой «{sheet}»</translation>
    </message>
    <message>
        <source>header in row {row}</source>
        <translation>заголовок в строке {row}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln строка</numerusform>
            <numerusform>%Ln строки</numerusform>
            <numerusform>%Ln строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln columns</source>
        <translation>
            <numerusform>%Ln столбец</numerusform>
            <numerusform>%Ln столбца</numerusform>
            <numerusform>%Ln столбцов</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;{rows}&lt;/b&gt; and {columns} ({read_as}).</source>
        <translation>&lt;b&gt;{rows}&lt;/b&gt; и {columns} ({read_as}).</translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln rows are shown.</source>
        <translation>
            <numerusform>Показана первая %Ln строка.</numerusform>
            <numerusform>Показаны первые %Ln строки.</numerusform>
            <numerusform>Показаны первые %Ln строк.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message numerus="yes">
        <source>%Ln row will be imported</source>
        <translation>
            <numerusform>Будет импортирована %Ln строка</numerusform>
            <numerusform>Будут импортированы %Ln строки</numerusform>
            <numerusform>Будет импортировано %Ln строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows will be imported</source>
        <translation>
            <numerusform>Будет импортирована %Ln строка</numerusform>
            <numerusform>Будут импортированы %Ln строки</numerusform>
            <numerusform>Будет импортировано %Ln строк</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;{imported}&lt;/b&gt;.</source>
        <translation>&lt;b&gt;{imported}&lt;/b&gt;.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln with problems will not</source>
        <translation>
            <numerusform>%Ln строка с ошибками не будет импортирована</numerusform>
            <numerusform>%Ln строки с ошибками не будут импортированы</numerusform>
            <numerusform>%Ln строк с ошибками не будут импортированы</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;{imported}&lt;/b&gt;; {not_imported}.</source>
        <translation>&lt;b&gt;{imported}&lt;/b&gt;; {not_imported}.</translation>
    </message>
    <message>
        <source>Check before importing</source>
        <translation>Проверка перед импортом</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Save problem rows as CSV…</source>
        <translation>Сохранить строки с ошибками в CSV…</translation>
    </message>
    <message>
        <source>Swap latitude and longitude columns</source>
        <translation>Поменять местами столбцы широты и долготы</translation>
    </message>
    <message>
        <source>Read the latitude column as the longitude and the other way round</source>
        <translation>Читать столбец широты как долготу и наоборот</translation>
    </message>
    <message numerus="yes">
        <source>Checking %Ln rows</source>
        <translation>
            <numerusform>Проверка %Ln строки</numerusform>
            <numerusform>Проверка %Ln строк</numerusform>
            <numerusform>Проверка %Ln строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows are already in the project (same UUID) and will be skipped.</source>
        <translation>
            <numerusform>%Ln строка уже есть в проекте (тот же UUID) и будет пропущена.</numerusform>
            <numerusform>%Ln строки уже есть в проекте (тот же UUID) и будут пропущены.</numerusform>
            <numerusform>%Ln строк уже есть в проекте (тот же UUID) и будут пропущены.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln look like duplicates; they are imported too, so check them afterwards (Merge in the registry).</source>
        <translation>
            <numerusform>%Ln строка похожа на дубликат; она тоже импортируется, проверьте её потом («Объединить» в реестре).</numerusform>
            <numerusform>%Ln строки похожи на дубликаты; они тоже импортируются, проверьте их потом («Объединить» в реестре).</numerusform>
            <numerusform>%Ln строк похожи на дубликаты; они тоже импортируются, проверьте их потом («Объединить» в реестре).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import: every row is already in the project.</source>
        <translation>Импортировать нечего: все строки уже есть в проекте.</translation>
    </message>
    <message>
        <source>No row can be imported. Go back and check the columns, or correct the file.</source>
        <translation>Ни одну строку нельзя импортировать. Вернитесь назад и проверьте столбцы или исправьте файл.</translation>
    </message>
    <message>
        <source>Possible duplicate: {description}</source>
        <translation>Возможный дубликат: {description}</translation>
    </message>
    <message>
        <source>Skipped: in the project as stakeholder {fid} (same UUID)</source>
        <translation>Пропущена: уже есть в проекте как участник {fid} (тот же UUID)</translation>
    </message>
    <message numerus="yes">
        <source>The first {listed} of %Ln findings are listed; save them all as CSV.</source>
        <translation>
            <numerusform>Показаны первые {listed} из %Ln замечания; сохраните все в CSV.</numerusform>
            <numerusform>Показаны первые {listed} из %Ln замечаний; сохраните все в CSV.</numerusform>
            <numerusform>Показаны первые {listed} из %Ln замечаний; сохраните все в CSV.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln rows</source>
        <translation>
            <numerusform>Импортировать %Ln строку</numerusform>
            <numerusform>Импортировать %Ln строки</numerusform>
            <numerusform>Импортировать %Ln строк</numerusform>
        </translation>
    </message>
    <message>
        <source>Save problem rows</source>
        <translation>Сохранить строки с ошибками</translation>
    </message>
    <message>
        <source>The problem rows were saved to {path}.</source>
        <translation>Строки с ошибками сохранены в {path}.</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Выбор файла</translation>
    </message>
    <message>
        <source>A spreadsheet (CSV, XLSX) or GIS layer (GeoJSON, Shapefile, GeoPackage) of stakeholders, one row each. Nothing is written until the last page.</source>
        <translation>Таблица (CSV, XLSX) или слой ГИС (GeoJSON, Shapefile, GeoPackage) с участниками, по одной строке на участника. До последней страницы ничего не записывается.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Файл для импорта</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>find it</source>
        <translation>автоматически</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Sheet or layer</source>
        <translation>Лист или слой</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>Строка заголовков</translation>
    </message>
    <message>
        <source>Kind when the file has none</source>
        <translation>Тип, если в файле не указан</translation>
    </message>
    <message>
        <source>Import stakeholders</source>
        <translation>Импорт участников</translation>
    </message>
    <message>
        <source>Stakeholder tables ({patterns})</source>
        <translation>Таблицы участников ({patterns})</translation>
    </message>
    <message>
        <source>{path} is not a file. Check the name and the folder.</source>
        <translation>{path} не является файлом. Проверьте имя и папку.</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Files ending in {ending} cannot be imported. Use one of: {accepted}.</source>
        <translation>Файлы с расширением {ending} импортировать нельзя. Используйте одно из: {accepted}.</translation>
    </message>
</context>
<context>
    <name>SurveyImportWizard</name>
    <message>
        <source>Choose the export and its survey</source>
        <translation>Выберите выгрузку и её анкету</translation>
    </message>
    <message>
        <source>A data export of the survey's form from KoboToolbox or ODK Central (CSV or XLSX), one submission a row. Nothing is written until the last page.</source>
        <translation>Выгрузка данных формы анкеты из KoboToolbox или ODK (CSV или XLSX), по одной анкете в строке. До последней страницы ничего не записывается.</translation>
    </message>
    <message>
        <source>The survey whose form the export comes from</source>
        <translation>Анкета, по форме которой сделана выгрузка</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Анкета</translation>
    </message>
    <message>
        <source>Import survey responses</source>
        <translation>Импорт ответов анкеты</translation>
    </message>
    <message>
        <source>Survey data exports ({patterns})</source>
        <translation>Выгрузки данных анкет ({patterns})</translation>
    </message>
    <message>
        <source>The project has no survey yet. Add one in the Diagnostic panel's Surveys tab (New survey…), export its form, collect the answers, then import the export.</source>
        <translation>В проекте пока нет анкет. Добавьте анкету на вкладке «Анкеты» панели «Диагностика» (Новая анкета…), выгрузите её форму, соберите ответы, затем импортируйте выгрузку.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n response(s) into {survey}</source>
        <translation>
            <numerusform>Импортирован %n ответ в «{survey}»</numerusform>
            <numerusform>Импортировано %n ответа в «{survey}»</numerusform>
            <numerusform>Импортировано %n ответов в «{survey}»</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SurveyReviewPage</name>
    <message>
        <source>Check before importing</source>
        <translation>Проверка перед импортом</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Leave the rows with problems out and import the others</source>
        <translation>Пропустить строки с проблемами и импортировать остальные</translation>
    </message>
    <message>
        <source>Otherwise correct the cells listed in the export and choose the file again; nothing is imported while a row has a problem</source>
        <translation>Иначе исправьте указанные ячейки в выгрузке и снова выберите файл; пока в строке есть проблема, ничего не импортируется</translation>
    </message>
    <message>
        <source>Checking the answers of {file}</source>
        <translation>Проверка ответов из {file}</translation>
    </message>
    <message>
        <source>Left out: {reason}</source>
        <translation>Пропущена: {reason}</translation>
    </message>
    <message>
        <source>Nothing to import: every submission is already in the project.</source>
        <translation>Импортировать нечего: все анкеты уже есть в проекте.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n response(s)</source>
        <translation>
            <numerusform>Импортировать %n ответ</numerusform>
            <numerusform>Импортировать %n ответа</numerusform>
            <numerusform>Импортировать %n ответов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the export have problems</source>
        <translation>
            <numerusform>В %n строке выгрузки есть проблемы</numerusform>
            <numerusform>В %n строках выгрузки есть проблемы</numerusform>
            <numerusform>В %n строках выгрузки есть проблемы</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;{count}&lt;/b&gt;; nothing can be imported as it is. Correct the cells listed below in the export and choose it again, or leave those rows out.</source>
        <translation>&lt;b&gt;{count}&lt;/b&gt;; в таком виде ничего импортировать нельзя. Исправьте указанные ниже ячейки в выгрузке и выберите её снова или пропустите эти строки.</translation>
    </message>
</context>
</TS>