"""Traffy Fondue exports read into the register: columns by name, values in every shape people
publish, a plan that writes nothing, and an all-or-nothing import (see plan.py, apply.py)."""
