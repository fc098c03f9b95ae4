<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru">
<context>
    <name>ServerConflicts</name>
    <message>
        <source>Conflicts with the server</source>
        <translation>Конфликты с сервером</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Ваша версия</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>На сервере</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Оставить мою</translation>
    </message>
    <message>
        <source>Send this whole edit, written over the server's rows</source>
        <translation>Отправить всю правку поверх строк сервера</translation>
    </message>
    <message>
        <source>Drop this whole edit: its rows become the server's again</source>
        <translation>Отменить всю правку: её строки снова станут серверными</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) could not be sent: rows they change were changed on the server since you read them. Nothing has been sent or overwritten: choose which version to keep. Each edit is kept or dropped whole.</source>
        <translation>
            <numerusform>%n правку не удалось отправить: затронутые ею строки изменены на сервере после того, как вы их прочитали. Ничего не отправлено и не перезаписано: выберите, какую версию сохранить. Каждая правка сохраняется или отменяется целиком.</numerusform>
            <numerusform>%n правки не удалось отправить: затронутые ими строки изменены на сервере после того, как вы их прочитали. Ничего не отправлено и не перезаписано: выберите, какую версию сохранить. Каждая правка сохраняется или отменяется целиком.</numerusform>
            <numerusform>%n правок не удалось отправить: затронутые ими строки изменены на сервере после того, как вы их прочитали. Ничего не отправлено и не перезаписано: выберите, какую версию сохранить. Каждая правка сохраняется или отменяется целиком.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>&amp;Взять серверную</translation>
    </message>
    <message>
        <source>Keep mine for &amp;all</source>
        <translation>Оставить мою &amp;для всех</translation>
    </message>
    <message>
        <source>Take theirs for a&amp;ll</source>
        <translation>Взять серверную для в&amp;сех</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>Решить &amp;позже</translation>
    </message>
    <message>
        <source>Your changes wait in this copy; the conflicts come back at the next save</source>
        <translation>Ваши изменения остаются в этой копии; конфликты появятся снова при следующем сохранении</translation>
    </message>
    <message>
        <source>Place on the map</source>
        <translation>Положение на карте</translation>
    </message>
    <message>
        <source>row {fid}</source>
        <translation>строка {fid}</translation>
    </message>
    <message>
        <source>changed here and on the server</source>
        <translation>изменена здесь и на сервере</translation>
    </message>
    <message>
        <source>changed here, deleted on the server</source>
        <translation>изменена здесь, удалена на сервере</translation>
    </message>
    <message>
        <source>deleted here, changed on the server</source>
        <translation>удалена здесь, изменена на сервере</translation>
    </message>
    <message numerus="yes">
        <source>One edit of %n row(s)</source>
        <translation><numerusform>Правка из %n строки</numerusform><numerusform>Правка из %n строк</numerusform><numerusform>Правка из %n строк</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{table}: %n row(s)</source>
        <translation>
            <numerusform>{table}: %n строка</numerusform>
            <numerusform>{table}: %n строки</numerusform>
            <numerusform>{table}: %n строк</numerusform>
        </translation>
    </message>
    <message>
        <source>Also in this edit, kept or dropped with it: {rows}</source>
        <translation>Также в этой правке, сохраняются или отменяются вместе с ней: {rows}</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(удалена)</translation>
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
        <source>map shape ({kind})</source>
        <translation>геометрия на карте ({kind})</translation>
    </message>
</context>
<context>
    <name>ServerConnection</name>
    <message>
        <source>The database has no PostGIS: ask its administrator to run CREATE EXTENSION postgis.</source>
        <translation>В базе данных нет PostGIS: попросите администратора выполнить CREATE EXTENSION postgis.</translation>
    </message>
    <message>
        <source>Connected, but this database holds no ClusterDesk projects yet. Publish one with clusterdesk server publish PROJECT.gpkg ADDRESS.</source>
        <translation>Подключено, но в этой базе данных пока нет проектов ClusterDesk. Опубликуйте проект командой clusterdesk server publish ПРОЕКТ.gpkg АДРЕС.</translation>
    </message>
    <message>
        <source>Connected: PostGIS {version}.</source>
        <translation>Подключено: PostGIS {version}.</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>Неверное имя пользователя или пароль.</translation>
    </message>
    <message>
        <source>The server asks for a password: enter it.</source>
        <translation>Сервер запрашивает пароль: введите его.</translation>
    </message>
    <message>
        <source>There is no database of that name on the server.</source>
        <translation>На сервере нет базы данных с таким именем.</translation>
    </message>
    <message>
        <source>The server knows no user of that name.</source>
        <translation>На сервере нет пользователя с таким именем.</translation>
    </message>
    <message>
        <source>The server's name cannot be found: check the host.</source>
        <translation>Имя сервера не найдено: проверьте адрес хоста.</translation>
    </message>
    <message>
        <source>There is no service of that name in the pg service file.</source>
        <translation>В файле служб pg нет службы с таким именем.</translation>
    </message>
    <message>
        <source>The server does not answer: check the host and port, and that PostgreSQL is running there.</source>
        <translation>Сервер не отвечает: проверьте хост и порт и убедитесь, что на нём запущен PostgreSQL.</translation>
    </message>
    <message>
        <source>This user may not use that database.</source>
        <translation>У этого пользователя нет доступа к этой базе данных.</translation>
    </message>
    <message>
        <source>Cannot connect to the server.</source>
        <translation>Не удаётся подключиться к серверу.</translation>
    </message>
    <message>
        <source>Open from Server</source>
        <translation>Открыть с сервера</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Сервер</translation>
    </message>
    <message>
        <source>Entry of the pg ser&amp;vice file</source>
        <translation>Запись файла сл&amp;ужб pg</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keyring</source>
        <translation>&amp;Запомнить пароль в системном хранилище ключей</translation>
    </message>
    <message>
        <source>name of a [section] of pg_service.conf</source>
        <translation>имя [раздела] в pg_service.conf</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Порт:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Хост:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;База данных:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Пользователь:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>П&amp;ароль:</translation>
    </message>
    <message>
        <source>Service &amp;name:</source>
        <translation>&amp;Имя службы:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>По&amp;дключиться</translation>
    </message>
    <message>
        <source>Test the connection and list the projects on the server</source>
        <translation>Проверить подключение и показать проекты на сервере</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Projects on the server:</source>
        <translation>Проекты на сервере:</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <source>{project} (you have no access)</source>
        <translation>{project} (нет доступа)</translation>
    </message>
</context>
<context>
    <name>ServerController</name>
    <message>
        <source>Opening {project} from {server}</source>
        <translation>Открытие {project} с {server}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Team project</source>
        <translation>Командный проект</translation>
    </message>
    <message>
        <source>Opened {project}: each change is saved on the server as you make it.</source>
        <translation>Проект {project} открыт: каждое изменение сразу сохраняется на сервере.</translation>
    </message>
    <message>
        <source>on server {server} · {project} · {role}</source>
        <translation>на сервере {server} · {project} · {role}</translation>
    </message>
    <message>
        <source>{where} · offline, changes wait</source>
        <translation>{where} · нет связи, изменения ждут отправки</translation>
    </message>
    <message>
        <source>Your role on the server is {role}: you can read this project but not change it.</source>
        <translation>Ваша роль на сервере — {role}: вы можете просматривать проект, но не изменять его.</translation>
    </message>
    <message>
        <source>Only the project's coordinator can change this (your role is {role}).</source>
        <translation>Изменить это может только координатор проекта (ваша роль — {role}).</translation>
    </message>
    <message>
        <source>Every change is saved on the server.</source>
        <translation>Все изменения сохранены на сервере.</translation>
    </message>
    <message>
        <source>Keep the changes in a project file</source>
        <translation>Сохранить изменения в файл проекта</translation>
    </message>
</context>
<context>
    <name>ServerSync</name>
    <message>
        <source>Synchronising with {server}…</source>
        <translation>Синхронизация с {server}…</translation>
    </message>
    <message>
        <source>Synchronised: {sent} sent, {received} received, {conflicts} in conflict.</source>
        <translation>Синхронизировано: отправлено {sent}, получено {received}, в конфликте {conflicts}.</translation>
    </message>
</context>
<context>
    <name>TeamSession</name>
    <message>
        <source>coordinator</source>
        <translation>координатор</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>редактор</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>читатель</translation>
    </message>
    <message>
        <source>no project role</source>
        <translation>без роли в проекте</translation>
    </message>
    <message numerus="yes">
        <source>The server cannot be reached: %n change(s) wait in this copy and are sent when it is back.</source>
        <translation>
            <numerusform>Сервер недоступен: %n изменение ждёт в этой копии и будет отправлено, когда связь восстановится.</numerusform>
            <numerusform>Сервер недоступен: %n изменения ждут в этой копии и будут отправлены, когда связь восстановится.</numerusform>
            <numerusform>Сервер недоступен: %n изменений ждут в этой копии и будут отправлены, когда связь восстановится.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server refused this change: your role ({role}) may not make it.</source>
        <translation>Сервер отклонил это изменение: ваша роль ({role}) его не допускает.</translation>
    </message>
    <message>
        <source>The server refused this change.</source>
        <translation>Сервер отклонил это изменение.</translation>
    </message>
    <message>
        <source>Undoing “{action}” was reverted in your copy: the change is back. Server's reason: {reason}</source>
        <translation>Отмена действия «{action}» не сохранилась: в вашей копии изменение снова применено. Причина на сервере: {reason}</translation>
    </message>
    <message>
        <source>“{action}” was undone in your copy. Server's reason: {reason}</source>
        <translation>Действие «{action}» отменено в вашей копии. Причина на сервере: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) by {who} arrived from the server.</source>
        <translation>
            <numerusform>С сервера пришло %n изменение от {who}.</numerusform>
            <numerusform>С сервера пришло %n изменения от {who}.</numerusform>
            <numerusform>С сервера пришло %n изменений от {who}.</numerusform>
        </translation>
    </message>
    <message>
        <source>another user</source>
        <translation>другого пользователя</translation>
    </message>
    <message>
        <source>The server is back: your changes were sent.</source>
        <translation>Сервер снова доступен: ваши изменения отправлены.</translation>
    </message>
    <message>
        <source>The server is back.</source>
        <translation>Сервер снова доступен.</translation>
    </message>
</context>
</TS>