/**
 * Pure exporters of a Yuedu deck: the Anki package ({@link app.yuedu.export.core.ApkgWriter}) and the
 * tab-separated text file ({@link app.yuedu.export.core.TextDeckWriter}).
 *
 * <p>Both take plain records ({@link app.yuedu.export.core.ExportDeck}, {@link app.yuedu.export.core.ExportNote}
 * and, for a student's progress, {@link app.yuedu.export.core.ExportCard} and
 * {@link app.yuedu.export.core.ExportReview}) and an iterator of notes, so a deck of any size is written in
 * bounded memory. Everything written is derived from the input: the same input gives the same bytes.
 */
package app.yuedu.export.core;
