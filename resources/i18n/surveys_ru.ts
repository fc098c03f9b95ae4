<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru">
<context>
    <name>CompletenessView</name>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Ответили</translation>
    </message>
    <message>
        <source>Respondents who answered each question, of all respondents</source>
        <translation>Сколько респондентов ответили на каждый вопрос, из всех респондентов</translation>
    </message>
    <message>
        <source>{answered} / {respondents} · {percent}</source>
        <translation>{answered} / {respondents} · {percent}</translation>
    </message>
    <message>
        <source>no respondents</source>
        <translation>нет респондентов</translation>
    </message>
</context>
<context>
    <name>NewSurveyDialog</name>
    <message>
        <source>New survey</source>
        <translation>Новая анкета</translation>
    </message>
    <message>
        <source>e.g. Baseline 2024</source>
        <translation>напр. Исходное обследование 2024</translation>
    </message>
    <message>
        <source>The survey round whose firm data and relations this survey collects</source>
        <translation>Раунд обследования, данные предприятий и связи которого собирает эта анкета</translation>
    </message>
    <message>
        <source>Include the standard firm questions</source>
        <translation>Включить стандартные вопросы предприятиям</translation>
    </message>
    <message>
        <source>Sales, exports, employees, women employees, new products and the firms worked with, asked the same way in every round</source>
        <translation>Продажи, экспорт, работники, работницы, новые продукты и предприятия-партнёры — в каждом раунде одинаково</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Раунд</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
</context>
<context>
    <name>ResponsesModel</name>
    <message>
        <source>Respondent</source>
        <translation>Респондент</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Отправлено</translation>
    </message>
</context>
<context>
    <name>RoundChart</name>
    <message>
        <source>Whiskers reach the answers within one and a half box heights of the box; ▲ and ▼ count the answers beyond the scale</source>
        <translation>Усы доходят до ответов в пределах полутора высот ящика от него; ▲ и ▼ — число ответов за пределами шкалы</translation>
    </message>
    <message>
        <source>{answered} of {respondents} answered</source>
        <translation>ответили {answered} из {respondents}</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>среднее</translation>
    </message>
    <message>
        <source>median</source>
        <translation>медиана</translation>
    </message>
    <message>
        <source>middle half of the answers</source>
        <translation>средняя половина ответов</translation>
    </message>
    <message>
        <source>no answers</source>
        <translation>нет ответов</translation>
    </message>
    <message>
        <source>{round}: {answered}</source>
        <translation>{round}: {answered}</translation>
    </message>
</context>
<context>
    <name>SurveysTab</name>
    <message>
        <source>Surveys</source>
        <translation>Анкеты</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Анкета</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Раунд</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <source>The project's firm surveys; choose one to see its responses</source>
        <translation>Анкеты предприятий проекта; выберите анкету, чтобы увидеть её ответы</translation>
    </message>
    <message>
        <source>New survey…</source>
        <translation>Новая анкета…</translation>
    </message>
    <message>
        <source>Add a survey of a round, with the standard firm questions</source>
        <translation>Добавить анкету раунда со стандартными вопросами предприятиям</translation>
    </message>
    <message>
        <source>Export form…</source>
        <translation>Выгрузить форму…</translation>
    </message>
    <message>
        <source>Write the chosen survey as an XLSForm for KoboToolbox or ODK</source>
        <translation>Записать выбранную анкету как XLSForm для KoboToolbox или ODK</translation>
    </message>
    <message>
        <source>Import responses…</source>
        <translation>Импорт ответов…</translation>
    </message>
    <message>
        <source>Read a KoboToolbox or ODK data export into the chosen survey</source>
        <translation>Загрузить выгрузку данных KoboToolbox или ODK в выбранную анкету</translation>
    </message>
    <message>
        <source>Completeness per question</source>
        <translation>Полнота по вопросам</translation>
    </message>
    <message>
        <source>The question compared across the survey rounds</source>
        <translation>Вопрос, сравниваемый по раундам обследования</translation>
    </message>
    <message>
        <source>Compare rounds</source>
        <translation>Сравнить раунды</translation>
    </message>
    <message>
        <source>No survey yet: add one with New survey…, then export its form.</source>
        <translation>Анкет пока нет: добавьте анкету кнопкой «Новая анкета…», затем выгрузите её форму.</translation>
    </message>
    <message numerus="yes">
        <source>%n response(s) to {survey}</source>
        <translation><numerusform>%n ответ на «{survey}»</numerusform><numerusform>%n ответа на «{survey}»</numerusform><numerusform>%n ответов на «{survey}»</numerusform></translation>
    </message>
    <message>
        <source>Choose a number or choice question to compare rounds.</source>
        <translation>Выберите числовой вопрос или вопрос с вариантами, чтобы сравнить раунды.</translation>
    </message>
    <message>
        <source>Export the survey form</source>
        <translation>Выгрузка формы анкеты</translation>
    </message>
    <message>
        <source>XLSForm workbooks (*.xlsx)</source>
        <translation>Книги XLSForm (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>The form of {survey} was written to {path} with %n firm(s) to choose from.</source>
        <translation><numerusform>Форма анкеты «{survey}» записана в {path}; в ней %n предприятие на выбор.</numerusform><numerusform>Форма анкеты «{survey}» записана в {path}; в ней %n предприятия на выбор.</numerusform><numerusform>Форма анкеты «{survey}» записана в {path}; в ней %n предприятий на выбор.</numerusform></translation>
    </message>
</context>
</TS>