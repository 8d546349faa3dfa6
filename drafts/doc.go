// Package drafts owns what a post is before it leaves the clinic: drafts and
// their per-network variants, templates and their variables, per-network
// character counting, attached images, the privacy (PHI) check and the
// consent registry that gates patient stories and photos.
//
// It never imports Fyne: screens in package ui reach it through small
// interfaces they declare themselves.
package drafts
