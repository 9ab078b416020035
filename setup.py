"""Package layout that pyproject.toml cannot express: resources/ ships as cjm_desktop.resources.

Everything else (name, dependencies, scripts) lives in pyproject.toml. The top-level resources/
folder stays where designers and translators expect it; package_dir maps it into the package, so
an installed wheel finds samples, templates, schema and icons through importlib.resources.
"""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["cjm_desktop", "cjm_desktop.*"]), "cjm_desktop.resources"],
    package_dir={"cjm_desktop.resources": "resources"},
    # "**/*": every data file in every sub-folder (samples/, templates/, schema/, icons/, ...).
    package_data={"cjm_desktop.resources": ["**/*"]},
    license_files=["LICENSE", "resources/legal/THIRD-PARTY-NOTICES.md"],
    exclude_package_data={"cjm_desktop.resources": ["**/__pycache__/*", "**/*.pyc"]},
)
