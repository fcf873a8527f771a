"""The only code that talks SQL: schema, migrations, transactions, import and export."""

from dispatcher.store.database import UNCHECKED, DriverRecord, Store
from dispatcher.store.schema import SchemaError
from dispatcher.store.validate import StaleRecord, StoreError

__all__ = ["UNCHECKED", "DriverRecord", "SchemaError", "StaleRecord", "Store", "StoreError"]
