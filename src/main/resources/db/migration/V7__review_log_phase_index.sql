-- Yuedu schema, part 7: today's reviews counted by the phase they started in.
--
-- The study page counts today's reviews of new cards (up to the new-card limit) and of review cards (up to the
-- review limit). With the phase after the day in ix_review_log_day, each count walked every review of the day
-- to find the few of its phase: after 7,000 reviews in a day the page slowed fourfold. With the phase first,
-- each count is a range that stops at its limit.
CREATE INDEX ix_review_log_phase_day ON review_log (user_id, deck_id, before_phase, reviewed_at);
