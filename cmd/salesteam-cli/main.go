// Command salesteam-cli diagnoses answers files, prints hiring plans and the
// question bank, and exports plans to Excel, without a display.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	// Ctrl+C (or a kill) cancels the context instead of killing the process, so that
	// an export in progress removes its temporary file; a second Ctrl+C
	// stops at once.
	sigs := []os.Signal{syscall.SIGTERM}
	if !signal.Ignored(os.Interrupt) { // a job started with & ignores Ctrl+C, and keeps ignoring it
		sigs = append(sigs, os.Interrupt)
	}
	ctx, stop := signal.NotifyContext(context.Background(), sigs...)
	go func() {
		<-ctx.Done()
		stop()
	}()
	code := runContext(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
