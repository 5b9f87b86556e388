"""The HTTP service: application factory, blueprints, one JSON error shape."""

from flask import Flask
from flask_cors import CORS

from ..config import EXTENSION_ORIGINS, default_config
from ..packs import builtin_packs
from ..registry.database import database_url
from ..registry.service import Registry
from ..registry.store import RegistryStore
from ..registry.team_packs import TeamPacks
from ..resolve import PackResolver
from . import analyze, errors, explain, health, openapi, packs, tokens


def create_app(config: dict | None = None) -> Flask:
    app = Flask(__name__)
    app.config.update(default_config())
    app.config.update(config or {})
    app.json.sort_keys = False
    origins = [*EXTENSION_ORIGINS, *app.config["CLAUSELENS_CORS_ORIGINS"]]
    CORS(app, resources={r"/v1/*": {"origins": origins}}, expose_headers=["ETag"])
    registry = Registry(RegistryStore.open(database_url(app.config)))
    app.extensions["clauselens.registry"] = registry
    app.extensions["clauselens.packs"] = PackResolver(builtin_packs(), TeamPacks(registry))
    errors.init_app(app)
    endpoint_modules = (health, analyze, explain, packs, tokens)
    app.extensions["clauselens.openapi_modules"] = endpoint_modules
    for module in (*endpoint_modules, openapi):
        app.register_blueprint(module.bp)
    return app
