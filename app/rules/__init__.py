"""Policy rules as data and the pure calculator that turns facts into amounts."""
