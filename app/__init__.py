"""政策助手: answers about Changping pharma-policy texts, grounded in clauses and rules."""
