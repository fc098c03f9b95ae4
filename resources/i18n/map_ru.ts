<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru">
<context>
    <name>AnswerColouringOptions</name>
    <message>
        <source>Colour firms by a survey answer</source>
        <translation>Цвет предприятий по ответу анкеты</translation>
    </message>
    <message>
        <source>Fill each firm with the colour of its answer to a number or one-choice question; firms without an answer are drawn hollow and grey</source>
        <translation>Закрасить каждое предприятие цветом его ответа на числовой вопрос или вопрос с одним вариантом; предприятия без ответа рисуются полыми и серыми</translation>
    </message>
    <message>
        <source>The survey whose answers colour the firms</source>
        <translation>Анкета, по ответам которой окрашиваются предприятия</translation>
    </message>
    <message>
        <source>A number or one-choice question of the survey</source>
        <translation>Числовой вопрос анкеты или вопрос с одним вариантом</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Анкета</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>The project has no survey yet (Diagnostic panel, Surveys tab)</source>
        <translation>В проекте пока нет анкет (панель «Диагностика», вкладка «Анкеты»)</translation>
    </message>
    <message>
        <source>Choose a number or one-choice question.</source>
        <translation>Выберите числовой вопрос или вопрос с одним вариантом.</translation>
    </message>
    <message numerus="yes">
        <source>%n firm(s) coloured by their answer</source>
        <translation>
            <numerusform>%n предприятие окрашено по ответу</numerusform>
            <numerusform>%n предприятия окрашены по ответу</numerusform>
            <numerusform>%n предприятий окрашено по ответу</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{coloured}, %n without an answer</source>
        <translation>
            <numerusform>{coloured}, %n без ответа</numerusform>
            <numerusform>{coloured}, %n без ответа</numerusform>
            <numerusform>{coloured}, %n без ответа</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnswerLegend</name>
    <message>
        <source>{low} – {high}</source>
        <translation>{low} – {high}</translation>
    </message>
    <message>
        <source>no answer (hollow)</source>
        <translation>нет ответа (полый)</translation>
    </message>
</context>
<context>
    <name>DrawBoundaryTool</name>
    <message>
        <source>Cluster boundary {number}</source>
        <translation>Граница кластера {number}</translation>
    </message>
</context>
<context>
    <name>EditBoundaryTool</name>
    <message>
        <source>Edit boundary {name}</source>
        <translation>Изменение границы {name}</translation>
    </message>
</context>
<context>
    <name>IdentifyPopup</name>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Area</source>
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
        <translation>Сотрудники</translation>
    </message>
    <message>
        <source>Women employees</source>
        <translation>Сотрудники-женщины</translation>
    </message>
    <message>
        <source>Founded</source>
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
        <source>Location</source>
        <translation>Местоположение</translation>
    </message>
    <message>
        <source>not located</source>
        <translation>не указано</translation>
    </message>
</context>
<context>
    <name>LayersPanel</name>
    <message>
        <source>Natural Earth basemap</source>
        <translation>Подложка Natural Earth</translation>
    </message>
    <message>
        <source>OpenStreetMap (online)</source>
        <translation>OpenStreetMap (онлайн)</translation>
    </message>
    <message>
        <source>Cluster boundaries</source>
        <translation>Границы кластера</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Связи</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Подписи</translation>
    </message>
    <message>
        <source>No institution has been assessed yet (Capacity panel).</source>
        <translation>Ни один институт поддержки ещё не оценён (панель «Потенциал»).</translation>
    </message>
    <message numerus="yes">
        <source>%n institution(s) assessed, no round complete yet</source>
        <translation>
            <numerusform>%n институт оценивается, ни один раунд ещё не завершён</numerusform>
            <numerusform>%n института оцениваются, ни один раунд ещё не завершён</numerusform>
            <numerusform>%n институтов оцениваются, ни один раунд ещё не завершён</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n institution(s) scored</source>
        <translation>
            <numerusform>%n институт с оценкой</numerusform>
            <numerusform>%n института с оценкой</numerusform>
            <numerusform>%n институтов с оценкой</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{scored}, %n not yet complete</source>
        <translation>
            <numerusform>{scored}, %n ещё без итога</numerusform>
            <numerusform>{scored}, %n ещё без итога</numerusform>
            <numerusform>{scored}, %n ещё без итога</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick to show, double-click to zoom to a layer</source>
        <translation>Отметьте, чтобы показать; дважды щёлкните, чтобы приблизить слой</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <source>Add tile file…</source>
        <translation>Добавить тайлы…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Draw the chosen layer above the one over it</source>
        <translation>Поднять выбранный слой над предыдущим</translation>
    </message>
    <message>
        <source>Draw the chosen layer below the one under it</source>
        <translation>Опустить выбранный слой под следующий</translation>
    </message>
    <message>
        <source>Add a local MBTiles or GeoPackage tile file as a basemap</source>
        <translation>Добавить локальный файл тайлов MBTiles или GeoPackage как подложку</translation>
    </message>
    <message>
        <source>Remove the chosen tile file from the map</source>
        <translation>Убрать выбранный файл тайлов с карты</translation>
    </message>
    <message>
        <source>Opacity of the chosen layer</source>
        <translation>Непрозрачность выбранного слоя</translation>
    </message>
    <message>
        <source>Size firms by employees</source>
        <translation>Размер предприятий по численности</translation>
    </message>
    <message>
        <source>Colour institutions by capacity score</source>
        <translation>Цвет институтов по оценке потенциала</translation>
    </message>
    <message>
        <source>Fill each assessed support institution with the colour of its overall score from its latest complete assessment round</source>
        <translation>Закрасить каждый оценённый институт поддержки цветом его итоговой оценки по последнему завершённому раунду</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Непрозрачность</translation>
    </message>
    <message>
        <source>Add a tile basemap</source>
        <translation>Добавить тайловую подложку</translation>
    </message>
    <message>
        <source>Tile files (*.mbtiles *.gpkg);;All files (*)</source>
        <translation>Файлы тайлов (*.mbtiles *.gpkg);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Cannot add the tile file</source>
        <translation>Не удалось добавить файл тайлов</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <source>stakeholder {number}</source>
        <translation>участник {number}</translation>
    </message>
    <message>
        <source>Registry filter: {shown} of {total} shown</source>
        <translation>Фильтр реестра: показано {shown} из {total}</translation>
    </message>
</context>
<context>
    <name>OsmExtract</name>
    <message>
        <source>Streets (OpenStreetMap)</source>
        <translation>Улицы (OpenStreetMap)</translation>
    </message>
    <message>
        <source>Add an OpenStreetMap extract</source>
        <translation>Добавить выгрузку OpenStreetMap</translation>
    </message>
    <message>
        <source>OpenStreetMap extracts (*.osm.pbf *.pbf *.osm);;All files (*)</source>
        <translation>Выгрузки OpenStreetMap (*.osm.pbf *.pbf *.osm);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Converting {file}</source>
        <translation>Преобразование {file}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>OpenStreetMap extract</source>
        <translation>Выгрузка OpenStreetMap</translation>
    </message>
    <message>
        <source>Conversion of the OpenStreetMap extract cancelled.</source>
        <translation>Преобразование выгрузки OpenStreetMap отменено.</translation>
    </message>
    <message>
        <source>Add OpenStreetMap extract…</source>
        <translation>Добавить выгрузку OpenStreetMap…</translation>
    </message>
    <message>
        <source>Draw streets, water, land use and place names offline from an OpenStreetMap extract</source>
        <translation>Показывать без интернета улицы, водоёмы, землепользование и названия населённых пунктов по выгрузке OpenStreetMap</translation>
    </message>
</context>
<context>
    <name>ScoreLegend</name>
    <message>
        <source>not yet complete (hollow)</source>
        <translation>оценка не завершена (полый знак)</translation>
    </message>
</context>
</TS>