"""The HTTP service: application factory, blueprints, one JSON error shape."""

from flask import Flask
from flask_cors import CORS

from ..config import EXTENSION_ORIGINS, default_config
from ..packs import builtin_packs
from ..resolve import PackResolver
from . import analyze, errors, explain, health, openapi


def create_app(config: dict | None = None) -> Flask:
    app = Flask(__name__)
    app.config.update(default_config())
    app.config.update(config or {})
    app.json.sort_keys = False
    origins = [*EXTENSION_ORIGINS, *app.config["CLAUSELENS_CORS_ORIGINS"]]
    CORS(app, resources={r"/v1/*": {"origins": origins}}, expose_headers=["ETag"])
    app.extensions["clauselens.packs"] = PackResolver(builtin_packs())
    errors.init_app(app)
    endpoint_modules = (health, analyze, explain)
    app.extensions["clauselens.openapi_modules"] = endpoint_modules
    for module in (*endpoint_modules, openapi):
        app.register_blueprint(module.bp)
    return app
