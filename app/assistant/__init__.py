"""The assistant: understand a question, pick rules, compute, compose and guard an Answer."""
