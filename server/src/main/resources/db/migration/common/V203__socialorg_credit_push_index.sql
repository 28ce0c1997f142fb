-- The credit-platform push reads the moves not yet pushed, oldest first.
CREATE INDEX ix_so_credit_transition_push ON so_credit_transition (pushed_at, id);
