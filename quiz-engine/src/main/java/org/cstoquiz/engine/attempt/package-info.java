/**
 * Attempts and behaviours: how a session flows. The engine never stores anything.
 *
 * <pre>{@code
 * Attempt attempt = Attempt.start(AttemptPlan.timed(Behaviour.DEFERRED_FEEDBACK, ScoringScheme.EXAM_NEGATIVE,
 *         now, Duration.ofMinutes(30), slots));            // persist the plan
 * Outcome outcome = attempt.apply(Action.save(1, Response.select("B")), now);
 * persist(outcome.changes());                               // also when outcome is Rejected (time up)
 * attempt = outcome.attempt();
 * ...
 * Attempt same = Attempt.replay(plan, allPersistedChanges); // on the next request
 * same.closeIfOverdue(now);                                 // from the scheduled job
 * same.result();                                            // once finished
 * }</pre>
 */
package org.cstoquiz.engine.attempt;
