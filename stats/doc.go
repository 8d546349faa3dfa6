// Package stats owns the clinic's engagement history and what is made of
// it: snapshots of every published post's counts on a decaying schedule
// and of each account's followers daily (appended, kept forever, "not
// reported" stored as NULL and never as 0), the background collector that
// takes them and catches up after the computer was off, the one function
// of a month (Month) that every figure on the dashboard, in the PDF
// summary and in the CSVs comes from, and those exports.
//
// It reads the networks only through the connectors' PostMetrics and
// AccountMetrics; it never publishes. It never imports Fyne.
package stats
