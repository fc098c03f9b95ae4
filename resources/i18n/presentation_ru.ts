<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>Presentation</name>
    <message>
        <source>Presenter&apos;s view</source>
        <translation>Режим докладчика</translation>
    </message>
    <message>
        <source>Now showing</source>
        <translation>Сейчас на экране</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Следующий</translation>
    </message>
    <message>
        <source>No speaker notes for this slide.</source>
        <translation>К этому слайду нет заметок докладчика.</translation>
    </message>
    <message>
        <source>Slide {number} of {total}</source>
        <translation>Слайд {number} из {total}</translation>
    </message>
    <message>
        <source>screen blanked (press the same key to show the slide)</source>
        <translation>экран скрыт (нажмите ту же клавишу, чтобы вернуть слайд)</translation>
    </message>
    <message>
        <source>End of the presentation</source>
        <translation>Конец презентации</translation>
    </message>
    <message>
        <source>Elapsed {time}</source>
        <translation>Прошло {time}</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Презентация</translation>
    </message>
    <message>
        <source>This presentation has no slides yet.</source>
        <translation>В этой презентации пока нет слайдов.</translation>
    </message>
    <message>
        <source>Speaker notes (N hides them)</source>
        <translation>Заметки докладчика (N скрывает их)</translation>
    </message>
    <message>
        <source>Go to slide {number}</source>
        <translation>Перейти к слайду {number}</translation>
    </message>
    <message>
        <source>This view could not be prepared: {reason}</source>
        <translation>Не удалось подготовить этот вид: {reason}</translation>
    </message>
    <message>
        <source>Nothing to show yet.</source>
        <translation>Пока нечего показать.</translation>
    </message>
</context>
<context>
    <name>SlidesPanel</name>
    <message>
        <source>Steering committee</source>
        <translation>Наблюдательный совет</translation>
    </message>
    <message>
        <source>The presentation shown below</source>
        <translation>Презентация, показанная ниже</translation>
    </message>
    <message>
        <source>New presentation…</source>
        <translation>Новая презентация…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <source>Make default</source>
        <translation>Сделать основной</translation>
    </message>
    <message>
        <source>The web story and the brief take the default presentation</source>
        <translation>Веб-история и краткий отчёт строятся по основной презентации</translation>
    </message>
    <message>
        <source>Delete presentation</source>
        <translation>Удалить презентацию</translation>
    </message>
    <message>
        <source>Show the slides on</source>
        <translation>Показывать слайды на</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Презентация</translation>
    </message>
    <message>
        <source>Add this view</source>
        <translation>Добавить этот вид</translation>
    </message>
    <message>
        <source>Add the map as it is now (extent, layers, filters, selection) as a slide</source>
        <translation>Добавить карту в нынешнем виде (охват, слои, фильтры, выделение) как слайд</translation>
    </message>
    <message>
        <source>Add view</source>
        <translation>Добавить обзор</translation>
    </message>
    <message>
        <source>Add a ready-made slide</source>
        <translation>Добавить готовый слайд</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Дублировать</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Shown to the audience under the title</source>
        <translation>Показывается аудитории под заголовком</translation>
    </message>
    <message>
        <source>Seen only by the presenter</source>
        <translation>Видны только докладчику</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Заголовок:</translation>
    </message>
    <message>
        <source>Caption:</source>
        <translation>Подпись:</translation>
    </message>
    <message>
        <source>Speaker notes:</source>
        <translation>Заметки докладчика:</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Show the presentation full screen from the start</source>
        <translation>Показать презентацию на весь экран с начала</translation>
    </message>
    <message>
        <source>Present from this slide</source>
        <translation>Показать с этого слайда</translation>
    </message>
    <message>
        <source>Present (F5)</source>
        <translation>Показать (F5)</translation>
    </message>
    <message>
        <source>From this slide (Shift+F5)</source>
        <translation>С этого слайда (Shift+F5)</translation>
    </message>
    <message>
        <source>New presentation</source>
        <translation>Новая презентация</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Rename presentation</source>
        <translation>Переименовать презентацию</translation>
    </message>
    <message>
        <source>Map view {number}</source>
        <translation>Вид карты {number}</translation>
    </message>
    <message>
        <source>Automatic: the largest screen other than this window&apos;s</source>
        <translation>Автоматически: самый большой экран, кроме экрана этого окна</translation>
    </message>
    <message>
        <source>Screen {number}</source>
        <translation>Экран {number}</translation>
    </message>
    <message>
        <source>Add slides to the presentation first.</source>
        <translation>Сначала добавьте слайды в презентацию.</translation>
    </message>
</context>
</TS>
