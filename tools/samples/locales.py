"""People's names, phone numbers and street addresses as they look in each sample's country.

Numbers have the right shape for the country and region but are made up; e-mail domains end in
`.example`, a domain reserved for examples, so nothing here reaches a real person.
"""

from __future__ import annotations

import random

from .common import Locale, Town


def _digits(rng: random.Random, count: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(count))


# Roles are named by the office, not the person, so they fit a woman or a man alike
SPANISH_FIRM_ROLES = ("Gerente general", "Representante legal", "Responsable de producción", "Administración")
SPANISH_INSTITUTION_ROLES = (
    "Presidencia",
    "Dirección ejecutiva",
    "Coordinación de proyectos",
    "Punto focal del clúster",
)
RUSSIAN_FIRM_ROLES = (
    "Генеральный директор",
    "Коммерческий директор",
    "Главный инженер",
    "Руководитель отдела качества",
)
RUSSIAN_INSTITUTION_ROLES = (
    "Руководитель",
    "Заместитель руководителя",
    "Руководитель проектов",
    "Специалист",
)
ENGLISH_FIRM_ROLES = ("Owner", "Managing director", "Production manager", "Finance manager")
ENGLISH_INSTITUTION_ROLES = ("Director", "Deputy director", "Programme officer", "Cluster focal point")


# -- Ecuador and Nicaragua ---------------------------------------------------------------------------
_SPANISH_WOMEN = (
    "María", "Rosa", "Carmen", "Lucía", "Gabriela", "Verónica", "Patricia", "Fernanda", "Mónica", "Silvia",
    "Diana", "Paola", "Nancy", "Martha", "Alexandra", "Jessica", "Blanca", "Mercedes",
)  # fmt: skip
_SPANISH_MEN = (
    "José", "Luis", "Carlos", "Juan", "Jorge", "Marco", "Edison", "Fausto", "Diego", "Fernando", "Segundo",
    "Wilson", "Galo", "Hernán", "Patricio", "Ramiro", "Byron", "Santiago",
)  # fmt: skip
ECUADOR_SURNAMES = (
    "Andrade", "Cevallos", "Vaca", "Terán", "Pozo", "Benalcázar", "Guerrero", "Chávez", "Rosero", "Proaño",
    "Males", "Anrango", "Cacuango", "Lema", "Maldonado", "Yépez", "Montalvo", "Naranjo", "Villacís", "Pico",
    "Paredes", "Tamayo", "Garcés", "Mayorga", "Chiliquinga", "Masaquiza", "Núñez", "Altamirano", "Carrasco",
)  # fmt: skip
_ECUADOR_AREA_CODES = {"Imbabura": "6", "Tungurahua": "3", "Pichincha": "2", "Cotopaxi": "3", "Guayas": "4"}
_ECUADOR_STREETS = (
    "Bolívar", "Sucre", "Olmedo", "García Moreno", "Rocafuerte", "Montalvo", "Maldonado", "Flores",
    "Abdón Calderón", "Mejía", "10 de Agosto", "Cevallos", "Quito", "Espejo", "Salinas",
)  # fmt: skip


def _ecuador_phone(rng: random.Random, town: Town) -> str:
    if rng.random() < 0.45:
        return f"+593 9{rng.randint(5, 9)} {_digits(rng, 3)} {_digits(rng, 4)}"
    area = _ECUADOR_AREA_CODES.get(town.province, "2")
    return f"+593 {area} {rng.randint(2, 3)}{_digits(rng, 2)} {_digits(rng, 4)}"


def _ecuador_address(rng: random.Random, town: Town) -> str:
    first, second = rng.sample(_ECUADOR_STREETS, 2)
    street = rng.choice(("Calle", "Av.", "Calle"))
    return f"{street} {first} {rng.randint(1, 18)}-{rng.randint(10, 99)} y {second}, {town.name}"


SPANISH_MAILBOXES = ("info", "contacto", "ventas", "gerencia")
ECUADOR = Locale(
    _SPANISH_WOMEN, _SPANISH_MEN, ECUADOR_SURNAMES, _ecuador_phone, _ecuador_address, True, SPANISH_MAILBOXES
)

NICARAGUA_SURNAMES = (
    "Rodríguez", "Blandón", "Zeledón", "Castellón", "Rivera", "Herrera", "Úbeda", "Hernández", "Martínez",
    "López", "Centeno", "Rugama", "Montenegro", "Arauz", "Gutiérrez", "Palacios", "Dávila", "Orozco",
    "Pravia", "Salomón", "Kittle", "Jarquín", "Lanzas", "Mairena", "Obando", "Sevilla", "Valle", "Zamora",
    "Chavarría", "González", "Mendoza", "Picado",
)  # fmt: skip
_NICARAGUA_LANDMARKS = (
    "del parque central",
    "de la alcaldía",
    "del mercado municipal",
    "de la iglesia católica",
)


def _nicaragua_phone(rng: random.Random, town: Town) -> str:
    return f"+505 {rng.choice(('8', '5', '7'))}{_digits(rng, 3)} {_digits(rng, 4)}"


def _nicaragua_address(rng: random.Random, town: Town) -> str:
    # Nicaraguan addresses are given from a landmark, in blocks ("cuadras") and directions
    direction = rng.choice(("al norte", "al sur", "al este", "al oeste"))
    return f"{rng.choice(_NICARAGUA_LANDMARKS).capitalize()} {rng.randint(1, 5)} c. {direction}, {town.name}"


NICARAGUA = Locale(
    _SPANISH_WOMEN,
    _SPANISH_MEN,
    NICARAGUA_SURNAMES,
    _nicaragua_phone,
    _nicaragua_address,
    True,
    SPANISH_MAILBOXES,
)


# -- Russia ------------------------------------------------------------------------------------------
_RUSSIAN_WOMEN = (
    "Анна",
    "Елена",
    "Ольга",
    "Татьяна",
    "Наталья",
    "Ирина",
    "Светлана",
    "Марина",
    "Екатерина",
    "Юлия",
)
_RUSSIAN_MEN = (
    "Алексей",
    "Сергей",
    "Дмитрий",
    "Андрей",
    "Игорь",
    "Владимир",
    "Михаил",
    "Николай",
    "Павел",
    "Евгений",
)
RUSSIAN_SURNAMES = (
    "Иванов", "Смирнов", "Кузнецов", "Попов", "Волков", "Соколов", "Лебедев", "Козлов", "Новиков", "Морозов",
    "Петров", "Фёдоров", "Зайцев", "Борисов", "Гусев", "Титов", "Кравцов", "Белов", "Медведев", "Жуков",
)  # fmt: skip
_RUSSIAN_AREA_CODES = {"Тольятти": "8482", "Самара": "846", "Сызрань": "8464", "Жигулёвск": "84862"}
_RUSSIAN_STREETS = (
    "ул. Заводская", "ул. Промышленная", "Южное шоссе", "ул. Комсомольская", "ул. Ленина", "ул. Победы",
    "ул. Новозаводская", "ул. Борковская", "Московский пр-т", "ул. Офицерская", "ул. Транспортная",
)  # fmt: skip


def _russian_phone(rng: random.Random, town: Town) -> str:
    code = _RUSSIAN_AREA_CODES.get(town.name, "846")
    rest = _digits(rng, 10 - len(code))
    return f"+7 ({code}) {rest[:-4]}-{rest[-4:-2]}-{rest[-2:]}"


def _russian_address(rng: random.Random, town: Town) -> str:
    return f"{rng.choice(_RUSSIAN_STREETS)}, д. {rng.randint(1, 120)}, г. {town.name}"


class _RussianLocale(Locale):
    def person(self, rng: random.Random, gender: str | None = None) -> tuple[str, str]:
        drawn = rng.choice(("female", "male"))
        gender = gender or drawn
        given = rng.choice(self.female_names if gender == "female" else self.male_names)
        family = rng.choice(self.surnames)
        # Russian surnames agree with the person's gender: Петров, Петрова
        return f"{given} {family + 'а' if gender == 'female' else family}", gender


RUSSIA = _RussianLocale(
    _RUSSIAN_WOMEN, _RUSSIAN_MEN, RUSSIAN_SURNAMES, _russian_phone, _russian_address,
    mailboxes=("info", "office", "sales", "zakaz"),
)  # fmt: skip


# -- Turkey ------------------------------------------------------------------------------------------
_TURKISH_WOMEN = (
    "Ayşe",
    "Fatma",
    "Zeynep",
    "Elif",
    "Emine",
    "Hatice",
    "Meryem",
    "Esra",
    "Derya",
    "Sevgi",
    "Gülsüm",
)
_TURKISH_MEN = (
    "Mehmet",
    "Ahmet",
    "Mustafa",
    "Ali",
    "Hasan",
    "Hüseyin",
    "İbrahim",
    "Murat",
    "Osman",
    "Yusuf",
    "Halil",
)
TURKISH_SURNAMES = (
    "Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Doğan", "Aslan", "Öztürk", "Arslan", "Kılıç", "Polat",
    "Aydın", "Karaca", "Bozkurt", "Güneş", "Yıldırım", "Erdem", "Sarı", "Kurt", "Özdemir",
)  # fmt: skip
_TURKISH_AREA_CODES = {"Kahramanmaraş": "344", "Adıyaman": "416", "Gaziantep": "342", "Malatya": "422"}
_TURKISH_STREETS = (
    "Atatürk Bulvarı",
    "Trabzon Caddesi",
    "Azerbaycan Bulvarı",
    "Hükümet Caddesi",
    "İnönü Caddesi",
)


def _turkish_phone(rng: random.Random, town: Town) -> str:
    if rng.random() < 0.4:
        return f"+90 5{rng.randint(30, 55)} {_digits(rng, 3)} {_digits(rng, 2)} {_digits(rng, 2)}"
    code = _TURKISH_AREA_CODES.get(town.province, "344")
    return f"+90 ({code}) {rng.randint(2, 3)}{_digits(rng, 2)} {_digits(rng, 2)} {_digits(rng, 2)}"


def _turkish_address(rng: random.Random, town: Town) -> str:
    if rng.random() < 0.5:
        return f"Organize Sanayi Bölgesi {rng.randint(1, 9)}. Cadde No: {rng.randint(1, 60)}, {town.name}"
    return f"{rng.choice(_TURKISH_STREETS)} No: {rng.randint(1, 200)}, {town.municipality}/{town.province}"


TURKEY = Locale(
    _TURKISH_WOMEN, _TURKISH_MEN, TURKISH_SURNAMES, _turkish_phone, _turkish_address,
    mailboxes=("info", "satis", "iletisim", "muhasebe"),
)  # fmt: skip


# -- Ethiopia ----------------------------------------------------------------------------------------
_ETHIOPIAN_WOMEN = (
    "Almaz",
    "Tigist",
    "Meseret",
    "Hirut",
    "Selamawit",
    "Mulu",
    "Yeshi",
    "Aster",
    "Genet",
    "Bethlehem",
)
ETHIOPIAN_MEN = (
    "Alemu", "Tadesse", "Getachew", "Mulugeta", "Abebe", "Berhanu", "Tesfaye", "Yohannes", "Dawit", "Kebede",
    "Asfaw", "Wondimu", "Gashaw", "Ayalew", "Desalegn", "Mekonnen", "Tilahun", "Belay", "Worku", "Zewdu",
)  # fmt: skip
_ETHIOPIAN_AREA_CODES = {
    "Bahir Dar": "58 220",
    "Gondar": "58 111",
    "Debre Markos": "58 771",
    "Addis Ababa": "11 55",
}


def _ethiopian_phone(rng: random.Random, town: Town) -> str:
    if rng.random() < 0.6:
        return f"+251 9{rng.randint(1, 4)} {_digits(rng, 3)} {_digits(rng, 4)}"
    code = _ETHIOPIAN_AREA_CODES.get(town.name, "58 220")
    return f"+251 {code} {_digits(rng, 9 - len(code.replace(' ', '')))}"


def _ethiopian_address(rng: random.Random, town: Town) -> str:
    if rng.random() < 0.4:
        return f"Industrial zone, block {rng.randint(1, 12)}, {town.name}"
    return f"Kebele {rng.randint(1, 17):02d}, house no. {rng.randint(100, 999)}, {town.name}"


# Ethiopians carry their father's given name after their own, not a family surname
ETHIOPIA = Locale(_ETHIOPIAN_WOMEN, ETHIOPIAN_MEN, ETHIOPIAN_MEN, _ethiopian_phone, _ethiopian_address)
