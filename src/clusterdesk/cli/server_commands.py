"""`clusterdesk server publish|checkout|grant|list|password|sync|prune`: team mode on PostgreSQL/PostGIS."""

from __future__ import annotations

import argparse

from clusterdesk.core.catalogue import messages_language, tr

ROLES = ("viewer", "editor", "coordinator")


def register(subparsers) -> None:
    language = messages_language()
    address_help = tr(
        "cli:server:address",
        "server address, e.g. postgresql://user@host:5432/database?project=NAME "
        "or 'service=NAME project=NAME'",
        language,
    )
    server = subparsers.add_parser(
        "server",
        help=tr("cli:server:help", "team mode: projects on a PostgreSQL/PostGIS server", language),
        description=tr(
            "cli:server:description",
            "Publish a project to a PostgreSQL/PostGIS server, check it out to a GeoPackage, give "
            "colleagues a role in it and list a server's projects. Passwords come from the address, the "
            "pg password or service file, or the system keyring; they are never printed.",
            language,
        ),
    )
    commands = server.add_subparsers(dest="server_command", metavar="ACTION", required=True)

    publish = commands.add_parser(
        "publish",
        help=tr("cli:server:publish", "create a project on the server from a project file", language),
    )
    publish.add_argument("path", help=tr("cli:project_file", "project file (.gpkg)", language))
    publish.add_argument("address", help=address_help)
    publish.set_defaults(handler=run_publish)

    checkout = commands.add_parser(
        "checkout",
        help=tr("cli:server:checkout", "write a project of the server into a new project file", language),
    )
    checkout.add_argument("address", help=address_help)
    checkout.add_argument(
        "output", help=tr("cli:server:output", "the project file to write (.gpkg); never replaced", language)
    )
    checkout.set_defaults(handler=run_checkout)

    grant = commands.add_parser(
        "grant", help=tr("cli:server:grant", "give a server login a role in a project", language)
    )
    grant.add_argument("address", help=address_help)
    grant.add_argument(
        "user", help=tr("cli:server:user", "the login (PostgreSQL role) of a colleague", language)
    )
    grant.add_argument(
        "role",
        choices=ROLES,
        help=tr(
            "cli:server:role",
            "viewer reads; editor also edits the cluster data; coordinator also governance, budgets and "
            "project details",
            language,
        ),
    )
    grant.set_defaults(handler=run_grant)

    listing = commands.add_parser("list", help=tr("cli:server:list", "the projects on a server", language))
    listing.add_argument("address", help=address_help)
    listing.set_defaults(handler=run_list)

    password = commands.add_parser(
        "password",
        help=tr(
            "cli:server:password",
            "keep the password of a server login in the system keyring (asked, never on the command line)",
            language,
        ),
    )
    password.add_argument("address", help=address_help)
    password.set_defaults(handler=run_password)

    from clusterdesk.cli.server_prune_commands import add_prune_parser
    from clusterdesk.cli.server_sync_commands import add_sync_parser

    add_sync_parser(commands)
    add_prune_parser(commands, address_help)


def run_publish(args: argparse.Namespace) -> int:
    from clusterdesk.io.server.address import parse_address
    from clusterdesk.io.server.publish import publish

    language = messages_language()
    address = parse_address(args.address)
    result = publish(args.path, address)
    if result.migrated_from is not None:
        print(
            tr(
                "cli:server:migrated",
                "The file is in format version {version}; it was published as the current version "
                "(the file itself is unchanged).",
                language,
                version=result.migrated_from,
            )
        )
    print(
        tr(
            "cli:server:published",
            "Published {file} as project {project} on {address}: {rows} rows in {tables} tables.",
            language,
            file=args.path,
            project=result.schema,
            address=address.with_project(None).display(),
            rows=sum(result.rows.values()),
            tables=len(result.rows),
        )
    )
    return 0


def run_checkout(args: argparse.Namespace) -> int:
    from clusterdesk.io.server.address import parse_address
    from clusterdesk.io.server.checkout import checkout

    address = parse_address(args.address)
    result = checkout(address, args.output)
    print(
        tr(
            "cli:server:checked_out",
            "Checked out project {project} into {path} ({count} stakeholders).",
            messages_language(),
            project=result.schema,
            path=result.path,
            count=result.rows.get("stakeholders", 0),
        )
    )
    return 0


def run_grant(args: argparse.Namespace) -> int:
    from clusterdesk.io.server.address import parse_address
    from clusterdesk.io.server.roles import grant

    address = parse_address(args.address)
    group = grant(address, args.user, args.role)
    print(
        tr(
            "cli:server:granted",
            "{user} now has the {role} role in project {project} (group role {group}).",
            messages_language(),
            user=args.user,
            role=args.role,
            project=address.project,
            group=group,
        )
    )
    return 0


def run_list(args: argparse.Namespace) -> int:
    from clusterdesk.io.server.address import parse_address
    from clusterdesk.io.server.listing import list_projects

    language = messages_language()
    address = parse_address(args.address)
    projects = list_projects(address)
    if not projects:
        print(
            tr(
                "cli:server:no_projects",
                "{address} has no ClusterDesk projects.",
                language,
                address=address.with_project(None).display(),
            )
        )
        return 0
    unreadable = tr("cli:server:unreadable", "(no access)", language)
    width = max(len(project.name) for project in projects)
    for project in projects:
        print(f"{project.name:<{width}}  {project.cluster_name or unreadable}")
    return 0


def run_password(args: argparse.Namespace) -> int:
    import getpass

    from clusterdesk.io.server.address import parse_address, store_password

    language = messages_language()
    address = parse_address(args.address)
    login = address.keyring_user()
    password = getpass.getpass(tr("cli:server:ask_password", "Password of {login}: ", language, login=login))
    store_password(address, password)
    print(
        tr(
            "cli:server:password_kept",
            "The password of {login} is in the system keyring.",
            language,
            login=login,
        )
    )
    return 0
