package main

import (
	"flag"
	"io"
)

// commandLineUse reports whether args (the program's arguments, without its
// name) ask for the command line rather than the window: a subcommand,
// --help, or arguments that run rejects with a message on stderr. Only then
// does main connect the process to the console it was started from, so a
// double-clicked carepost.exe never shows one.
//
// It reads the global options the way run does; keep the two in step. A
// global option added to run but not here counts as command-line use, which
// is harmless: attaching finds no console when the app was not started from
// one.
func commandLineUse(args []string) bool {
	global := flag.NewFlagSet("carepost", flag.ContinueOnError)
	global.SetOutput(io.Discard)
	global.String("data-dir", "", "")
	help := global.Bool("help", false, "")
	if err := global.Parse(args); err != nil {
		return true // run prints the error and the usage
	}
	return *help || global.NArg() > 0
}
