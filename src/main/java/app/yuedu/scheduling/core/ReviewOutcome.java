package app.yuedu.scheduling.core;

/**
 * The result of answering a card: its next state and the record of the review.
 *
 * @param card the card after the review
 * @param record what the review did, for the review history and for undo
 */
public record ReviewOutcome(CardState card, ReviewRecord record) {}
