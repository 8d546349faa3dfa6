package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/accounts/connect"
	"github.com/carepost/carepost/drafts"
	"github.com/carepost/carepost/wiring"
)

// cliEnv is what the commands share: the wired services and the streams.
type cliEnv struct {
	*wiring.Services
	stdin  io.Reader
	stdout io.Writer
}

// newVault is the keychain the app and the commands use; tests swap it for
// the mock.
var newVault = accounts.NewVault

// connectorHTTP is the client connectors use; nil is their default. Tests
// point it at their local servers' client.
var connectorHTTP *http.Client

// wireOptions are the app's and the commands' one set of wiring options.
func wireOptions() wiring.Options {
	return wiring.Options{Vault: newVault(), HTTP: connectorHTTP}
}

func openCLI(dataDir string, stdin io.Reader, stdout io.Writer) (*cliEnv, error) {
	db, err := openStore(context.Background(), dataDir)
	if err != nil {
		return nil, usageError("%v", err)
	}
	return &cliEnv{Services: wiring.New(db, wireOptions()), stdin: stdin, stdout: stdout}, nil
}

func runAccounts(args []string, dataDir string, stdin io.Reader, stdout io.Writer) error {
	if len(args) == 0 {
		return usageError("accounts needs a command: add, list or remove")
	}
	switch args[0] {
	case "add":
		return accountsAdd(args[1:], dataDir, stdin, stdout)
	case "list":
		return accountsList(args[1:], dataDir, stdin, stdout)
	case "remove":
		return accountsRemove(args[1:], dataDir, stdin, stdout)
	}
	return usageError("unknown accounts command %q (use add, list or remove)", args[0])
}

func flagName(key string) string { return strings.ReplaceAll(key, "_", "-") }

// readSecret reads a secret from a file, or standard input for "-". Secrets
// never come from the command line, where other users and shell history
// can see them.
func readSecret(name string, stdin io.Reader) (string, error) {
	var data []byte
	var err error
	if name == "-" {
		data, err = io.ReadAll(io.LimitReader(stdin, 64<<10))
	} else {
		data, err = os.ReadFile(name)
	}
	if err != nil {
		return "", fmt.Errorf("cannot read the secret: %w", err)
	}
	s := strings.TrimSpace(string(data))
	if s == "" {
		return "", fmt.Errorf("the secret file %s is empty", name)
	}
	return s, nil
}

func accountsAdd(args []string, dataDir string, stdin io.Reader, stdout io.Writer) error {
	if len(args) == 0 || strings.HasPrefix(args[0], "-") {
		return usageError("accounts add needs a network: %s", networkNames())
	}
	network, err := drafts.ParseNetwork(args[0])
	if err != nil {
		return usageError("%v", err)
	}
	setup, _ := connect.SetupFor(network)
	fs := commandFlags("accounts add", &dataDir)
	plain := map[string]*string{}
	secretFiles := map[string]*string{}
	for _, f := range setup.Fields {
		if f.Secret {
			secretFiles[f.Key] = fs.String(flagName(f.Key)+"-file", "", "")
		} else {
			plain[f.Key] = fs.String(flagName(f.Key), "", "")
		}
	}
	if network == drafts.Mastodon {
		secretFiles["token"] = fs.String("token-file", "", "")
	}
	asJSON := fs.Bool("json", false, "")
	if err := fs.Parse(args[1:]); err != nil {
		return usageError("accounts add %s: %v", network, err)
	}
	if fs.NArg() > 0 {
		return usageError("accounts add %s: unexpected %q (secrets go in files: --…-file F, or - for standard input)", network, fs.Arg(0))
	}
	values := map[string]string{}
	for k, v := range plain {
		values[k] = *v
	}
	for k, file := range secretFiles {
		if *file == "" {
			continue
		}
		s, err := readSecret(*file, stdin)
		if err != nil {
			return usageError("accounts add %s: %v", network, err)
		}
		values[k] = s
	}
	env, err := openCLI(dataDir, stdin, stdout)
	if err != nil {
		return err
	}
	defer env.DB.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	browser := func(url string) error {
		fmt.Fprintf(stdout, "Opening your browser to sign in. If it does not open, visit:\n  %s\n", url)
		return connect.OpenBrowser(url)
	}
	a, err := env.Manager.Add(ctx, network, values, browser)
	if err != nil {
		return &exitError{code: 1, msg: accounts.UserMessage(err)}
	}
	if *asJSON {
		return json.NewEncoder(stdout).Encode(accountJSON(a))
	}
	fmt.Fprintf(stdout, "Connected %s account %s (id %d).\n", a.Network.Label(), a.Handle, a.ID)
	return nil
}

func networkNames() string {
	var names []string
	for _, n := range drafts.AllNetworks {
		names = append(names, string(n))
	}
	return strings.Join(names, ", ")
}

type accountOut struct {
	ID             int64  `json:"id"`
	Network        string `json:"network"`
	Handle         string `json:"handle"`
	Name           string `json:"name"`
	Server         string `json:"server,omitempty"`
	Status         string `json:"status"`
	StatusText     string `json:"status_text"`
	TokenExpiresAt string `json:"token_expires_at,omitempty"`
}

func accountJSON(a accounts.Account) accountOut {
	out := accountOut{ID: a.ID, Network: string(a.Network), Handle: a.Handle, Name: a.Name(), Server: a.ServerURL,
		Status: string(a.Status), StatusText: a.StatusText(time.Now())}
	if !a.TokenExpiresAt.IsZero() {
		out.TokenExpiresAt = a.TokenExpiresAt.UTC().Format(time.RFC3339)
	}
	return out
}

func accountsList(args []string, dataDir string, stdin io.Reader, stdout io.Writer) error {
	fs := commandFlags("accounts list", &dataDir)
	asJSON := fs.Bool("json", false, "")
	if err := fs.Parse(args); err != nil {
		return usageError("accounts list: %v", err)
	}
	env, err := openCLI(dataDir, stdin, stdout)
	if err != nil {
		return err
	}
	defer env.DB.Close()
	list, err := env.Manager.List(context.Background())
	if err != nil {
		return err
	}
	if *asJSON {
		out := []accountOut{}
		for _, a := range list {
			out = append(out, accountJSON(a))
		}
		return json.NewEncoder(stdout).Encode(out)
	}
	if len(list) == 0 {
		fmt.Fprintln(stdout, "No accounts yet. Add one with: carepost accounts add NETWORK …")
		return nil
	}
	tw := tabwriter.NewWriter(stdout, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tNETWORK\tACCOUNT\tSTATUS")
	for _, a := range list {
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\n", a.ID, a.Network.Label(), a.Name(), a.StatusText(time.Now()))
	}
	return tw.Flush()
}

func accountsRemove(args []string, dataDir string, stdin io.Reader, stdout io.Writer) error {
	fs := commandFlags("accounts remove", &dataDir)
	if err := fs.Parse(args); err != nil {
		return usageError("accounts remove: %v", err)
	}
	if fs.NArg() != 1 {
		return usageError("accounts remove takes one account ID (see carepost accounts list)")
	}
	id, err := strconv.ParseInt(fs.Arg(0), 10, 64)
	if err != nil {
		return usageError("accounts remove: %q is not an account ID", fs.Arg(0))
	}
	env, err := openCLI(dataDir, stdin, stdout)
	if err != nil {
		return err
	}
	defer env.DB.Close()
	a, err := env.Manager.Accounts.Get(context.Background(), id)
	if err != nil {
		return &exitError{code: 1, msg: fmt.Sprintf("no account with ID %d", id)}
	}
	if err := env.Manager.Remove(context.Background(), id); err != nil {
		return &exitError{code: 1, msg: err.Error()}
	}
	fmt.Fprintf(stdout, "Removed %s account %s and its saved sign-in.\n", a.Network.Label(), a.Name())
	return nil
}
