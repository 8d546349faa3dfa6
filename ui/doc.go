// Package ui owns CarePost's window: the navigation and one file per
// screen. Screens talk to the domain through the small interfaces they
// declare, so they can be tested with fyne's test driver and a real
// database in a temp folder, and never see SQL.
package ui
