// Package drafts owns what a post is before it leaves the clinic: drafts and
// their per-network variants, templates and their variables, per-network
// character counting, attached images, the consent registry that gates
// patient stories and photos, and the gates every post passes
// (CheckPublishable). The privacy (PHI) check itself is its own package,
// drafts/privacy, used here through CheckPrivacy; which networks exist is
// package network's.
//
// It never imports Fyne: screens in package ui reach it through small
// interfaces they declare themselves.
package drafts
