"""The only code that talks SQL: schema, migrations, transactions, import and export."""

from dispatcher.store.database import DriverRecord, Store
from dispatcher.store.schema import SchemaError
from dispatcher.store.validate import StoreError

__all__ = ["DriverRecord", "SchemaError", "Store", "StoreError"]
