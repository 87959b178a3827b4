"""armsgraph: a sourced, queryable record of who arms, hosts, helps or drills with whom."""
__version__ = "0.1.0"
