#!/usr/bin/env python3
"""Start-up time and idle memory of the desktop app, measured without WebDriver.

Usage: startup_figures.py BINARY REPO [RUNS]

Each run starts BINARY on REPO under its own Xvfb display with the test profile (its own data
folders in a temporary directory) and SPECDESK_TRACE_STARTUP=1, which makes the web view print
the page's console messages. The front end logs `specdesk:features-shown <epoch ms>` on the frame
that first painted the features; start-up is that time minus the time just before the process
was started. Three seconds later the memory of the app and its WebKit processes is read from
/proc (RSS summed, and PSS summed: shared pages split between the processes mapping them).
Prints one line per run and the medians; asserts nothing.
"""
import os, pty, select, statistics, subprocess, sys, tempfile, time

def tree(pid):
    children = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = open(f"/proc/{entry}/stat").read()
        except OSError:
            continue
        ppid = int(stat[stat.rindex(")") + 2:].split()[1])
        children.setdefault(ppid, []).append(int(entry))
    out, stack = [], [pid]
    while stack:
        p = stack.pop()
        out.append(p)
        stack.extend(children.get(p, []))
    return out

def memory_kib(pid):
    rss = pss = 0
    for p in tree(pid):
        try:
            for line in open(f"/proc/{p}/smaps_rollup"):
                if line.startswith("Rss:"):
                    rss += int(line.split()[1])
                elif line.startswith("Pss:"):
                    pss += int(line.split()[1])
        except OSError:
            pass
    return rss, pss

def one_run(binary, repo, display):
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, DISPLAY=display, SPECDESK_PROFILE="test", SPECDESK_TRACE_STARTUP="1",
                   XDG_DATA_HOME=f"{home}/data", XDG_CONFIG_HOME=f"{home}/config", XDG_CACHE_HOME=f"{home}/cache")
        # A terminal, not a pipe: WebKit's processes would hold a pipe's output in their buffers.
        reader, writer = pty.openpty()
        started = time.time() * 1000
        app = subprocess.Popen([binary, repo], env=env, stdout=writer, stderr=writer,
                               start_new_session=True)
        os.close(writer)
        shown, seen = None, b""
        deadline = time.time() + 60
        try:
            while shown is None and time.time() < deadline:
                if not select.select([reader], [], [], 1)[0]:
                    continue
                try:
                    seen += os.read(reader, 65536)
                except OSError:
                    break
                for line in seen.decode(errors="replace").splitlines():
                    if "specdesk:features-shown " in line:
                        shown = float(line.rsplit(" ", 1)[1]) - started
            time.sleep(3)
            rss, pss = memory_kib(app.pid)
        finally:
            os.killpg(app.pid, 9)
            app.wait()
            os.close(reader)
        return shown, rss / 1024, pss / 1024

def main():
    binary, repo = sys.argv[1], sys.argv[2]
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 5
    display = ":93"
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1400x900x24"], stderr=subprocess.DEVNULL)
    time.sleep(1)
    results = []
    try:
        for n in range(runs):
            shown, rss, pss = one_run(binary, repo, display)
            if shown is None:
                sys.exit(f"run {n}: the app never logged specdesk:features-shown")  # see SPECDESK_TRACE_STARTUP
            print(f"run {n}: features painted {shown:.0f} ms after start; RSS {rss:.0f} MiB, PSS {pss:.0f} MiB")
            results.append((shown, rss, pss))
    finally:
        xvfb.terminate()
    med = lambda i: statistics.median(r[i] for r in results)
    print(f"startup {os.path.basename(repo.rstrip('/'))}: median {med(0):.0f} ms to features painted "
          f"(runs {[round(r[0]) for r in results]}); idle memory median RSS {med(1):.0f} MiB, PSS {med(2):.0f} MiB")

if __name__ == "__main__":
    main()
