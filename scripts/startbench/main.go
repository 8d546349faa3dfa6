// Command startbench times start-up, as `make bench` runs it: a bare Fyne
// window, CarePost with one draft and CarePost with 10,000 drafts, launched
// in turn under the X display in $DISPLAY. Each run is timed from the
// process start to its window being visible, and its resident memory is
// read once the window has settled. It prints medians, ratios and the
// targets; it needs xdotool.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/carepost/carepost/drafts"
	"github.com/carepost/carepost/store"
)

type subject struct {
	name string
	cmd  []string
	env  []string
	ms   []float64
	rss  []float64 // MB
}

func main() {
	bare := flag.String("bare", "", "the bare-window binary")
	app := flag.String("app", "", "the carepost binary")
	work := flag.String("work", "", "a scratch folder")
	runs := flag.Int("runs", 7, "launches of each")
	many := flag.Int("drafts", 10000, "drafts in the large data folder")
	settle := flag.Duration("settle", 1500*time.Millisecond, "wait after the window shows before reading memory")
	flag.Parse()
	if *bare == "" || *app == "" || *work == "" || os.Getenv("DISPLAY") == "" {
		fmt.Fprintln(os.Stderr, "usage: DISPLAY=:N startbench --bare BIN --app BIN --work DIR [--runs N]")
		os.Exit(2)
	}
	ctx := context.Background()
	one := filepath.Join(*work, "one")
	lots := filepath.Join(*work, "many")
	for _, d := range []struct {
		dir string
		n   int
	}{{one, 1}, {lots, *many}} {
		start := time.Now()
		if err := seed(ctx, d.dir, d.n); err != nil {
			fmt.Fprintln(os.Stderr, "startbench:", err)
			os.Exit(1)
		}
		fmt.Printf("seeded %d draft(s) in %s\n", d.n, time.Since(start).Round(time.Millisecond))
	}
	home := filepath.Join(*work, "home")
	env := append(os.Environ(), "HOME="+home, "XDG_CONFIG_HOME="+filepath.Join(home, ".config"),
		"XDG_CACHE_HOME="+filepath.Join(home, ".cache"), "XDG_DATA_HOME="+filepath.Join(home, ".local/share"))
	subjects := []*subject{
		{name: "bare Fyne window", cmd: []string{*bare}, env: env},
		{name: "CarePost, 1 draft", cmd: []string{*app, "--data-dir", one}, env: env},
		{name: fmt.Sprintf("CarePost, %d drafts", *many), cmd: []string{*app, "--data-dir", lots}, env: env},
	}
	// One warm-up launch each (page cache, font cache), not counted.
	for _, s := range subjects {
		if _, _, err := launchRetrying(s, *settle); err != nil {
			fmt.Fprintln(os.Stderr, "startbench:", s.name+":", err)
			os.Exit(1)
		}
	}
	for i := 0; i < *runs; i++ {
		for _, s := range subjects {
			ms, rss, err := launchRetrying(s, *settle)
			if err != nil {
				fmt.Fprintln(os.Stderr, "startbench:", s.name+":", err)
				os.Exit(1)
			}
			s.ms, s.rss = append(s.ms, ms), append(s.rss, rss)
		}
	}
	fmt.Printf("\n%-24s %10s %10s %10s %10s\n", "", "median ms", "min ms", "max ms", "RSS MB")
	for _, s := range subjects {
		fmt.Printf("%-24s %10.0f %10.0f %10.0f %10.1f\n", s.name, median(s.ms), minOf(s.ms), maxOf(s.ms), median(s.rss))
	}
	b, o, m := subjects[0], subjects[1], subjects[2]
	fmt.Printf("\n%d drafts / 1 draft:      %.2f× (target ≤ 1.15×)\n", *many, median(m.ms)/median(o.ms))
	fmt.Printf("%d drafts / bare window: %.2f× (target ≤ 1.6×)\n", *many, median(m.ms)/median(b.ms))
	fmt.Printf("RSS, %d drafts − bare:   %+.1f MB (target ≤ +60 MB)\n", *many, median(m.rss)-median(b.rss))
}

// errExited is a launch whose process ended before showing a window.
var errExited = errors.New("exited before showing a window")

// launchRetrying is launch, started again (up to twice more) when the
// process ended before showing a window: on a busy machine the X server
// now and then refuses a client's connection ("Failed to open display"),
// which says nothing about the program being timed.
func launchRetrying(s *subject, settle time.Duration) (ms, rssMB float64, err error) {
	for try := 0; ; try++ {
		ms, rssMB, err = launch(s, settle)
		if !errors.Is(err, errExited) || try == 2 {
			return ms, rssMB, err
		}
		fmt.Fprintf(os.Stderr, "startbench: %s %v; launching it again\n", s.name, err)
	}
}

// launch starts s, waits for its window, reads its memory after settle,
// and stops it.
func launch(s *subject, settle time.Duration) (ms, rssMB float64, err error) {
	cmd := exec.Command(s.cmd[0], s.cmd[1:]...)
	cmd.Env = s.env
	var stderr strings.Builder
	cmd.Stderr = &stderr
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return 0, 0, err
	}
	exited := make(chan struct{})
	go func() {
		_ = cmd.Wait() // reaps the process; killed at the end of the run, so how it ends does not matter
		close(exited)
	}()
	defer func() {
		_ = cmd.Process.Kill() // the run is over
		<-exited
	}()
	pid := strconv.Itoa(cmd.Process.Pid)
	deadline := start.Add(60 * time.Second)
	for {
		out, _ := exec.Command("xdotool", "search", "--onlyvisible", "--pid", pid).Output() // no match exits 1
		if len(strings.TrimSpace(string(out))) > 0 {
			break
		}
		select {
		case <-exited:
			return 0, 0, fmt.Errorf("%w: %s", errExited, lastLine(stderr.String()))
		default:
		}
		if time.Now().After(deadline) {
			return 0, 0, fmt.Errorf("no window within 60 s")
		}
		time.Sleep(5 * time.Millisecond)
	}
	ms = float64(time.Since(start).Microseconds()) / 1000
	time.Sleep(settle)
	status, err := os.ReadFile("/proc/" + pid + "/status")
	if err != nil {
		return 0, 0, err
	}
	for _, line := range strings.Split(string(status), "\n") {
		if f := strings.Fields(line); len(f) >= 2 && f[0] == "VmRSS:" {
			kb, _ := strconv.ParseFloat(f[1], 64) // the kernel's number; a bad one would show as 0 MB
			rssMB = kb / 1024
		}
	}
	return ms, rssMB, nil
}

// seed makes a data folder with a clinic profile and n drafts of realistic
// length, all synthetic.
func seed(ctx context.Context, dir string, n int) error {
	db, err := store.Open(ctx, dir)
	if err != nil {
		return err
	}
	defer db.Close()
	svc := drafts.NewService(db, time.Now)
	if err := svc.SaveProfile(ctx, drafts.Profile{Name: "Maple Grove Family Clinic", Phone: "(555) 010-0100",
		Website: "maplegrove.example", Address: "100 Orchard Lane, Springfield", TimeZone: "America/New_York",
		EmergencyWording: "If this is an emergency, call 911."}); err != nil {
		return err
	}
	bodies := []string{
		"Flu shots are here! Walk in Saturday 9 to 1, no appointment needed. Bring your insurance card; we bill most plans. Questions? Call (555) 010-0100.",
		strings.Repeat("Staying active through the winter helps your heart and your mood. Try a brisk ten-minute walk after lunch, and take the stairs when you can. ", 6),
		strings.Repeat("Our clinic will be closed on Monday for the holiday. For urgent needs, our telehealth line stays open. ", 3),
	}
	nets := []drafts.Network{drafts.Mastodon, drafts.Bluesky, drafts.Facebook}
	for i := 0; i < n; i++ {
		d := drafts.Draft{Title: fmt.Sprintf("Post %05d", i+1), Body: bodies[i%len(bodies)], Networks: nets[:1+i%len(nets)]}
		if _, err := svc.CreateDraft(ctx, d); err != nil {
			return err
		}
	}
	return nil
}

// lastLine is the last line of a program's error output that says
// something: why it ended.
func lastLine(out string) string {
	lines := strings.Split(strings.TrimSpace(out), "\n")
	for i := len(lines) - 1; i >= 0; i-- {
		if l := strings.TrimSpace(lines[i]); strings.Contains(l, "Failed to open display") || strings.HasPrefix(l, "panic:") {
			return l
		}
	}
	return lines[len(lines)-1]
}

func median(v []float64) float64 {
	s := append([]float64(nil), v...)
	sort.Float64s(s)
	if len(s) == 0 {
		return 0
	}
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

func minOf(v []float64) float64 {
	m := v[0]
	for _, x := range v {
		m = min(m, x)
	}
	return m
}

func maxOf(v []float64) float64 {
	m := v[0]
	for _, x := range v {
		m = max(m, x)
	}
	return m
}
