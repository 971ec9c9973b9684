"""The domain: dataclasses and services. No Qt import here, ever."""
