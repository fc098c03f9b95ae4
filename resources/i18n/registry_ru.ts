<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>BulkEditDialog</name>
    <message numerus="yes">
        <source>Edit %Ln stakeholder</source>
        <translation>
            <numerusform>Изменение %Ln участника</numerusform>
            <numerusform>Изменение %Ln участников</numerusform>
            <numerusform>Изменение %Ln участников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Edit %Ln stakeholders</source>
        <translation>
            <numerusform>Изменение %Ln участника</numerusform>
            <numerusform>Изменение %Ln участников</numerusform>
            <numerusform>Изменение %Ln участников</numerusform>
        </translation>
    </message>
    <message>
        <source>tag; tag</source>
        <translation>тег; тег</translation>
    </message>
    <message>
        <source>Set kind</source>
        <translation>Изменить тип</translation>
    </message>
    <message>
        <source>Set admin area</source>
        <translation>Изменить район</translation>
    </message>
    <message>
        <source>Set sector</source>
        <translation>Изменить отрасль</translation>
    </message>
    <message>
        <source>Add tags</source>
        <translation>Добавить теги</translation>
    </message>
    <message>
        <source>Remove tags</source>
        <translation>Удалить теги</translation>
    </message>
    <message>
        <source>Only ticked fields change; an empty admin area or sector clears it. You can undo this.</source>
        <translation>Меняются только отмеченные поля; пустой район или пустая отрасль очищает значение. Это изменение можно отменить.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Location</source>
        <translation>Местоположение</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
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
        <source>Sector</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Продукция</translation>
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
        <source>Custom fields</source>
        <translation>Дополнительные поля</translation>
    </message>
    <message numerus="yes">
        <source>Merge %Ln stakeholders</source>
        <translation>
            <numerusform>Объединение %Ln участника</numerusform>
            <numerusform>Объединение %Ln участников</numerusform>
            <numerusform>Объединение %Ln участников</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Keep as&lt;/b&gt;</source>
        <translation>&lt;b&gt;Оставить&lt;/b&gt;</translation>
    </message>
    <message>
        <source>This record survives; the others are merged into it</source>
        <translation>Эта запись остаётся; остальные объединяются с ней</translation>
    </message>
    <message>
        <source>The records hold the same values; merging keeps one of them.</source>
        <translation>Значения записей совпадают; при объединении остаётся одна из них.</translation>
    </message>
    <message>
        <source>Tags of all records are kept together. Relations, contact persons and action plan references move to the record kept. You can undo this.</source>
        <translation>Теги всех записей объединяются. Связи, контактные лица и ссылки в плане действий переходят к оставленной записи. Объединение можно отменить.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
</context>
<context>
    <name>RegistryExport</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export stakeholders</source>
        <translation>Экспорт участников</translation>
    </message>
    <message>
        <source>Which stakeholders should be exported?</source>
        <translation>Каких участников экспортировать?</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln shown</source>
        <translation>
            <numerusform>Только показанных (%Ln)</numerusform>
            <numerusform>Только показанных (%Ln)</numerusform>
            <numerusform>Только показанных (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln</source>
        <translation>
            <numerusform>Всех (%Ln)</numerusform>
            <numerusform>Всех (%Ln)</numerusform>
            <numerusform>Всех (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting to {file}</source>
        <translation>Экспорт в {file}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln stakeholders to {path}</source>
        <translation>
            <numerusform>Экспортирован %Ln участник в {path}</numerusform>
            <numerusform>Экспортировано %Ln участника в {path}</numerusform>
            <numerusform>Экспортировано %Ln участников в {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegistryPanel</name>
    <message>
        <source>Search name, products, area, tags, contact…</source>
        <translation>Поиск по названию, продукции, району, тегам, контактам…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Все типы</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Тег</translation>
    </message>
    <message>
        <source>Admin area</source>
        <translation>Административный район</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <source>Choose the columns of the table</source>
        <translation>Выбрать столбцы таблицы</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Создать…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Bulk edit…</source>
        <translation>Изменить группу…</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Объединить…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Все теги</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Все районы</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Все отрасли</translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown</source>
        <translation>
            <numerusform>Показан %Ln</numerusform>
            <numerusform>Показано %Ln</numerusform>
            <numerusform>Показано %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Zoom the map here</source>
        <translation>Приблизить карту к участнику</translation>
    </message>
    <message>
        <source>This stakeholder has no location on the map yet.</source>
        <translation>У этого участника пока нет местоположения на карте.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>StakeholderForm</name>
    <message>
        <source>Name *</source>
        <translation>Название *</translation>
    </message>
    <message>
        <source>Kind *</source>
        <translation>Тип *</translation>
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
        <source>Employees</source>
        <translation>Число сотрудников</translation>
    </message>
    <message>
        <source>Women employees</source>
        <translation>Из них женщин</translation>
    </message>
    <message>
        <source>Year founded</source>
        <translation>Год основания</translation>
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
        <source>Tags (separate with ;)</source>
        <translation>Теги (через ;)</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Долгота</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Широта</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Stakeholder — {name}</source>
        <translation>Участник — {name}</translation>
    </message>
    <message>
        <source>New stakeholder</source>
        <translation>Новый участник</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Контактные лица</translation>
    </message>
    <message>
        <source>Notes and custom fields</source>
        <translation>Заметки и дополнительные поля</translation>
    </message>
    <message>
        <source>decimal degrees</source>
        <translation>десятичные градусы</translation>
    </message>
    <message>
        <source>Pick the location on the map</source>
        <translation>Указать местоположение на карте</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Добавить контакт</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Удалить контакт</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>целое число</translation>
    </message>
    <message>
        <source>number</source>
        <translation>число</translation>
    </message>
    <message>
        <source>This project defines no custom fields.</source>
        <translation>В этом проекте нет дополнительных полей.</translation>
    </message>
    <message>
        <source>Click the stakeholder&apos;s location on the map (Esc to cancel)</source>
        <translation>Щёлкните по местоположению участника на карте (Esc — отмена)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln field to correct before saving.</source>
        <translation>
            <numerusform>Перед сохранением исправьте %Ln поле.</numerusform>
            <numerusform>Перед сохранением исправьте %Ln поля.</numerusform>
            <numerusform>Перед сохранением исправьте %Ln полей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln fields to correct before saving.</source>
        <translation>
            <numerusform>Перед сохранением исправьте %Ln поле.</numerusform>
            <numerusform>Перед сохранением исправьте %Ln поля.</numerusform>
            <numerusform>Перед сохранением исправьте %Ln полей.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Изменение «{name}»</translation>
    </message>
    <message>
        <source>{field} must be a whole number.</source>
        <translation>Значение поля «{field}» должно быть целым числом.</translation>
    </message>
    <message>
        <source>{field} must be a number.</source>
        <translation>Значение поля «{field}» должно быть числом.</translation>
    </message>
    <message>
        <source>{field} must be a date as YYYY-MM-DD.</source>
        <translation>Значение поля «{field}» должно быть датой в формате ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>{field} must be text.</source>
        <translation>Значение поля «{field}» должно быть текстом.</translation>
    </message>
</context>
<context>
    <name>StakeholderTableModel</name>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Admin area</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Женщины</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>Основан</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Продукция</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
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
        <source>Legal form</source>
        <translation>Правовая форма</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Изменён</translation>
    </message>
    <message>
        <source>Sorting stakeholders</source>
        <translation>Сортировка участников</translation>
    </message>
    <message>
        <source>Reading filter values</source>
        <translation>Чтение значений фильтров</translation>
    </message>
    <message>
        <source>Preparing sorting</source>
        <translation>Подготовка сортировки</translation>
    </message>
</context>
</TS>
