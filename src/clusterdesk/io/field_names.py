"""Which stakeholder field a column header or a kind value means, in English, Spanish, French and Russian.

Matching ignores case, accents, punctuation and repeated spaces, so `Razón Social`, `razon social` and
`RAZON_SOCIAL` all mean the stakeholder name.
"""

from __future__ import annotations

import re
import unicodedata

from clusterdesk.core.vocabulary import STAKEHOLDER_KINDS

# Import targets besides the stakeholder columns: coordinates, one contact person, and skipping a column
COORDINATE_FIELDS = ("lat", "lon")
CONTACT_FIELDS = ("contact_name", "contact_role", "contact_phone", "contact_email", "contact_gender")
IGNORE = "ignore"
CUSTOM_PREFIX = "custom:"
TEXT_FIELDS = (
    "name", "address", "admin_area", "sector_code", "products", "legal_form", "phone", "email", "website",
    "tags", "notes",
)  # fmt: skip
INTEGER_FIELDS = ("employees", "women_employees", "year_founded")
TARGET_FIELDS = (*TEXT_FIELDS, "kind", *INTEGER_FIELDS, *COORDINATE_FIELDS, *CONTACT_FIELDS)


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split("|"))


_HEADER_SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": _words(
        "name|firm|firm name|company|company name|enterprise|enterprise name|business name|"
        "organisation|organization|stakeholder|nombre|razon social|empresa|nombre de la empresa|"
        "nombre empresa|entidad|organizacion|nom|raison sociale|entreprise|nom de l entreprise|"
        "denomination|название|наименование|предприятие|организация|компания|"
        "название организации|наименование организации"
    ),
    "kind": _words(
        "kind|type|category|stakeholder type|actor type|tipo|categoria|tipo de actor|clase|"
        "categorie|type d acteur|тип|категория|вид|тип участника"
    ),
    "address": _words("address|street|direccion|domicilio|adresse|адрес"),
    "admin_area": _words(
        "admin area|district|municipality|province|region|canton|parish|municipio|provincia|"
        "parroquia|departamento|distrito|commune|departement|район|регион|область|муниципалитет|"
        "город"
    ),
    "sector_code": _words("sector|sector code|isic|ciiu|codigo ciiu|code naf|secteur|оквэд|отрасль"),
    "products": _words("products|product|productos|producto|produits|produit|продукция|продукты"),
    "employees": _words(
        "employees|staff|workers|number of employees|employment|empleados|trabajadores|"
        "numero de empleados|personal|effectif|effectifs|employes|salaries|nombre d employes|"
        "сотрудники|работники|численность|число сотрудников|численность работников"
    ),
    "women_employees": _words(
        "women employees|female employees|women|female staff|mujeres|mujeres empleadas|empleadas|"
        "trabajadoras|femmes|femmes employees|employees femmes|effectif feminin|женщины|"
        "сотрудники женщины|работники женщины|из них женщин"
    ),
    "year_founded": _words(
        "year founded|founded|year of establishment|established|ano de fundacion|fundacion|"
        "ano fundacion|annee de creation|creation|annee de fondation|год основания|основано|"
        "год создания"
    ),
    "legal_form": _words(
        "legal form|forma juridica|forme juridique|statut juridique|правовая форма|"
        "организационно правовая форма|опф"
    ),
    "phone": _words("phone|telephone|tel|mobile|telefono|celular|movil|portable|телефон"),
    "email": _words(
        "email|e mail|mail|correo|correo electronico|courriel|adresse e mail|"
        "adresse electronique|эл почта|электронная почта|почта|e mail адрес"
    ),
    "website": _words("website|web|url|web site|sitio web|pagina web|site web|site internet|сайт|веб сайт"),
    "tags": _words("tags|tag|labels|etiquetas|etiquettes|mots cles|теги|метки"),
    "notes": _words(
        "notes|note|comments|remarks|notas|observaciones|comentarios|remarques|commentaires|"
        "примечания|комментарии|заметки"
    ),
    "lat": _words("lat|latitude|latitud|y|широта|lat dd|gps latitude|gps lat"),
    "lon": _words("lon|long|lng|longitude|longitud|x|долгота|lon dd|gps longitude|gps lon"),
    "contact_name": _words(
        "contact|contact person|contact name|persona de contacto|contacto|gerente|representante|"
        "personne de contact|contact principal|responsable|контактное лицо|контакт|руководитель"
    ),
    "contact_role": _words("contact role|position|role|cargo|fonction|poste|должность"),
    "contact_phone": _words("contact phone|telefono de contacto|telephone du contact|телефон контакта"),
    "contact_email": _words("contact email|correo de contacto|courriel du contact|почта контакта"),
    "contact_gender": _words("contact gender|gender|sexo|genero|sexe|genre|пол"),
    "women_employees_": _words("women emp"),
    "year_founded_": _words("year found"),
    "contact_name_": _words("cont name"),
    "contact_role_": _words("cont role"),
    "contact_phone_": _words("cont phone"),
    "contact_email_": _words("cont email"),
    IGNORE: _words("fid|uuid|id|created at|modified at|ogc fid|objectid"),
}

_KIND_SYNONYMS: dict[str, tuple[str, ...]] = {
    "enterprise": _words(
        "enterprise|firm|company|msme|sme|producer|empresa|productor|productora|pyme|entreprise|"
        "producteur|pme|предприятие|компания|производитель|фирма"
    ),
    "supplier": _words("supplier|proveedor|proveedora|fournisseur|поставщик"),
    "buyer": _words("buyer|customer|client|comprador|cliente|acheteur|покупатель|заказчик"),
    "business_association": _words(
        "business association|association|chamber|asociacion|gremio|camara|"
        "asociacion empresarial|chambre|association professionnelle|ассоциация|бизнес ассоциация|"
        "союз|палата"
    ),
    "bds_provider": _words(
        "bds provider|bds|business development services|consultant|consultancy|proveedor de sde|"
        "sde|servicios de desarrollo empresarial|consultor|prestataire sde|sae|консультант|"
        "консалтинг|поставщик бизнес услуг"
    ),
    "financial_institution": _words(
        "financial institution|bank|microfinance|cooperative bank|institucion financiera|banco|"
        "cooperativa de ahorro y credito|institution financiere|banque|microfinance|"
        "финансовый институт|банк|финансовая организация"
    ),
    "public_authority": _words(
        "public authority|government|municipality|ministry|autoridad publica|gobierno|municipio|"
        "ministerio|autorite publique|gouvernement|ministere|mairie|орган власти|администрация|"
        "министерство|государственный орган"
    ),
    "training_institution": _words(
        "training institution|university|research institute|school|"
        "training or research institution|institucion de formacion|universidad|instituto|"
        "centro de formacion|institution de formation|universite|ecole|учебное заведение|"
        "университет|институт|колледж|научно исследовательский институт"
    ),
    "international_organisation": _words(
        "international organisation|international organization|donor|development partner|"
        "organismo internacional|organizacion internacional|donante|cooperante|"
        "organisation internationale|bailleur|bailleur de fonds|"
        "международная организация|донор"
    ),
    "ngo_other": _words("ngo|other|ngo or other|ong|otro|otra|autre|нко|другое|прочее"),
}

_NON_WORD = re.compile(r"[\W_]+")


def normalise(text: str) -> str:
    """Lower case, accents removed, punctuation and underscores turned into single spaces."""
    decomposed = unicodedata.normalize("NFKD", str(text))
    without_marks = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _NON_WORD.sub(" ", without_marks.casefold()).strip()


def _index(synonyms: dict[str, tuple[str, ...]], extra: dict[str, str]) -> dict[str, str]:
    index = {normalise(k): k for k in extra}
    index.update({normalise(label): code for label, code in extra.items()})
    for key, words in synonyms.items():
        target = key.rstrip("_")  # a trailing underscore marks a second list for the same target
        index.setdefault(normalise(target), target)
        for word in words:
            index.setdefault(normalise(word), target)
    return index


HEADER_INDEX = _index(_HEADER_SYNONYMS, {})
KIND_INDEX = _index(_KIND_SYNONYMS, {label: code for code, label in STAKEHOLDER_KINDS.items()})


def field_for_header(header: str) -> str | None:
    """The import target a header names, or None when it is not recognised."""
    key = normalise(header)
    if key in HEADER_INDEX:
        return HEADER_INDEX[key]
    # "Latitud (WGS84)", "Empleados 2023", "Teléfono / Phone": try the words before any bracket or slash
    for part in re.split(r"[(/\[]", str(header)):
        key = normalise(re.sub(r"\d+", " ", part))
        if key in HEADER_INDEX:
            return HEADER_INDEX[key]
    return None


def kind_for_value(value: str) -> str | None:
    """The kind code a cell means (a code or a label in one of the four languages), or None."""
    return KIND_INDEX.get(normalise(value))


def known_targets() -> list[str]:
    return [*TARGET_FIELDS, IGNORE, f"{CUSTOM_PREFIX}KEY"]
