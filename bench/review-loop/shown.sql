-- The state of each card of one user in one deck as the study page writes it into the grade form (ShownState):
-- "<card id> <shown>" lines for grade.lua. Variables: user_id, deck_id. Instants as microseconds since the epoch
-- (stored as UTC wall-clock time), doubles in PostgreSQL's shortest exact form, which Java reads back bit for bit.
select c.id || ' ' || c.phase || '_' || (extract(epoch from c.due) * 1000000)::bigint || '_' || c.stability || '_'
  || c.difficulty || '_' || c.elapsed_days || '_' || c.scheduled_days || '_' || c.learning_step || '_' || c.reps
  || '_' || c.lapses || '_' || coalesce(((extract(epoch from c.last_review) * 1000000)::bigint)::text, '') || '_'
  || ds.desired_retention
from card c join deck_settings ds on ds.user_id = c.user_id and ds.deck_id = c.deck_id
where c.user_id = :user_id and c.deck_id = :deck_id
order by c.id;
