//! Drives the real SpecDesk binary through WebDriver: Xvfb (when there is no display) →
//! `tauri-driver` → WebKitWebDriver → `specdesk`, with fantoccini as the client.
//!
//! Every process is started in its own process group and killed with it when the [`App`] guard
//! drops, so a failing or panicking test leaves nothing behind. The app runs with
//! `SPECDESK_PROFILE=test` (its own identifier) and XDG folders in a temporary directory, so it
//! never reads or writes a user's data.

use fantoccini::{elements::Element, Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::json;
use std::fmt::Display;
use std::future::Future;
use std::net::TcpListener;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::pin::Pin;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};
use tempfile::TempDir;

/// WebDriver's Control key, and the release of every modifier (send a chord in its own call).
pub const CTRL: char = '\u{E009}';
pub const RELEASE: char = '\u{E000}';

/// How long to wait for the app to show something before failing.
pub const PATIENCE: Duration = Duration::from_secs(20);
const POLL: Duration = Duration::from_millis(100);
/// The longest a single WebDriver request may take.
const REQUEST_LIMIT: Duration = Duration::from_secs(30);

/// The result of a test step; failures carry a sentence for the test log.
pub type Check<T = ()> = Result<T, String>;

/// Tests share one display and one WebDriver port range: run them one at a time.
static SERIAL: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// Turn any error into a test failure message with context.
pub fn step<T, E: Display>(what: &str, result: Result<T, E>) -> Check<T> {
    result.map_err(|e| format!("{what}: {e}"))
}

/// Fail with `message` unless `condition` holds.
pub fn ensure(condition: bool, message: impl FnOnce() -> String) -> Check {
    if condition {
        Ok(())
    } else {
        Err(message())
    }
}

/// Run one WebDriver request, failing instead of hanging when the driver stops answering.
pub async fn bounded<T>(what: &str, request: impl Future<Output = T>) -> Check<T> {
    tokio::time::timeout(REQUEST_LIMIT, request).await.map_err(|_| {
        format!(
            "{what}: no answer from WebDriver within {}s",
            REQUEST_LIMIT.as_secs()
        )
    })
}

/// A running SpecDesk window and everything needed to drive it.
pub struct App {
    client: Option<Client>,
    driver: Child,
    xvfb: Option<Child>,
    /// The X display the app runs on (for screenshots).
    display: String,
    home: TempDir,
    _serial: tokio::sync::MutexGuard<'static, ()>,
}

/// Start the app with `args` and run `test` against it. On failure, a screenshot of the window is
/// saved to `tests/e2e/screenshots/<name>.png`. Returns without running anything (after saying
/// so) when `tauri-driver` is not installed, unless `CI` is set, where that is a failure.
pub async fn run<F>(name: &str, args: &[&str], test: F)
where
    F: for<'a> FnOnce(&'a App) -> Pin<Box<dyn Future<Output = Check> + 'a>>,
{
    run_with_env(name, args, &[], test).await
}

/// [`run`], with `env` added to the app's environment (`GTK_THEME=Adwaita:dark` for the dark
/// theme) without touching the test process's own.
pub async fn run_with_env<F>(name: &str, args: &[&str], env: &[(&str, &str)], test: F)
where
    F: for<'a> FnOnce(&'a App) -> Pin<Box<dyn Future<Output = Check> + 'a>>,
{
    let Some(driver) = find_tauri_driver() else {
        if std::env::var_os("CI").is_some() {
            panic!("tauri-driver not found (install it with `cargo install tauri-driver --locked`)");
        }
        eprintln!("skipping {name}: tauri-driver not found (cargo install tauri-driver --locked)");
        return;
    };
    // A session that never starts (tauri-driver lost its port to another process between
    // `free_port` and its bind, or died) gets one more try with a fresh driver and ports.
    let app = match App::launch(&driver, args, env).await {
        Ok(app) => app,
        Err(first) => {
            eprintln!("{name}: the app did not start ({first}); trying once more");
            match App::launch(&driver, args, env).await {
                Ok(app) => app,
                Err(e) => panic!("{name}: could not start the app: {e}"),
            }
        }
    };
    let outcome = test(&app).await;
    if let Err(message) = &outcome {
        let path = screenshot_dir().join(format!("{name}.png"));
        match app.save_screenshot(&path).await {
            Ok(()) => eprintln!("{name}: screenshot of the failure saved to {}", path.display()),
            Err(e) => eprintln!("{name}: no screenshot of the failure: {e}"),
        }
        app.close().await;
        panic!("{name}: {message}");
    }
    app.close().await;
}

impl App {
    async fn launch(driver: &Path, args: &[&str], env: &[(&str, &str)]) -> Check<App> {
        let serial = SERIAL.lock().await;
        let home = step("temporary home", tempfile::tempdir())?;
        let (xvfb, display) = match std::env::var("DISPLAY") {
            Ok(display) if !display.is_empty() => (None, display),
            _ => {
                let (child, display) = start_xvfb()?;
                (Some(child), display)
            }
        };
        let (port, native_port) = free_ports()?;
        let mut command = match run_as_user() {
            // The installed-package test: tauri-driver, WebKitWebDriver and the app run as an
            // ordinary user, who gets the temporary home (the rest of the test stays root).
            Some(user) => {
                let chown = Command::new("chown")
                    .args(["-R", &user])
                    .arg(home.path())
                    .status();
                ensure(step("chown the temporary home", chown)?.success(), || {
                    format!("could not give {} to {user}", home.path().display())
                })?;
                let mut command = Command::new("runuser");
                command.args(["-u", &user, "--"]).arg(driver);
                command
            }
            None => Command::new(driver),
        };
        command
            .args([
                "--port",
                &port.to_string(),
                "--native-port",
                &native_port.to_string(),
            ])
            .env("DISPLAY", &display)
            .env("SPECDESK_PROFILE", "test")
            .env("XDG_DATA_HOME", home.path().join("data"))
            .env("XDG_CONFIG_HOME", home.path().join("config"))
            .env("XDG_CACHE_HOME", home.path().join("cache"))
            .env("XDG_STATE_HOME", home.path().join("state"))
            .envs(env.iter().copied())
            .stdin(Stdio::null())
            .process_group(0);
        if Path::new(NATIVE_DRIVER).exists() {
            command.args(["--native-driver", NATIVE_DRIVER]);
        }
        let driver = step("start tauri-driver", command.spawn())?;
        let mut app = App {
            client: None,
            driver,
            xvfb,
            display,
            home,
            _serial: serial,
        };
        app.client = Some(connect(port, args).await?);
        Ok(app)
    }

    /// `$XDG_DATA_HOME` of the app: the data folder is `dev.specdesk.app.test` in it.
    pub fn data_home(&self) -> PathBuf {
        self.home.path().join("data")
    }

    fn client(&self) -> &Client {
        // Set in `launch`, taken only in `close`, which consumes the app.
        self.client.as_ref().expect("client is present until close")
    }

    /// Wait until an element matches `css`.
    pub async fn wait_for(&self, css: &str) -> Check<Element> {
        let what = format!("waiting {}s for `{css}`", PATIENCE.as_secs());
        let wait = self
            .client()
            .wait()
            .at_most(PATIENCE)
            .every(POLL)
            .for_element(Locator::Css(css));
        step(&what, bounded(&what, wait).await?)
    }

    /// Run `script` in the page (as a function body) and return its result.
    pub async fn execute(&self, script: &str) -> Check<serde_json::Value> {
        step(
            "run script",
            bounded("run script", self.client().execute(script, Vec::new())).await?,
        )
    }

    /// Run an asynchronous script (it calls its last argument with the result) with `args`.
    pub async fn execute_async(
        &self,
        script: &str,
        args: Vec<serde_json::Value>,
    ) -> Check<serde_json::Value> {
        step(
            "run async script",
            bounded("run async script", self.client().execute_async(script, args)).await?,
        )
    }

    /// Call the back-end command `command` with `args` through the app's own IPC, as the front
    /// end does: `Ok(value)` or `Err(error)` (the structured `{code, message, ...}`).
    pub async fn invoke(
        &self,
        command: &str,
        args: serde_json::Value,
    ) -> Check<Result<serde_json::Value, serde_json::Value>> {
        let script = "const done = arguments[arguments.length - 1];
             window.__TAURI_INTERNALS__.invoke(arguments[0], arguments[1])
               .then(value => done({ ok: value ?? null }), error => done({ err: error }));";
        let call = self.client().execute_async(script, vec![command.into(), args]);
        let answer = step(&format!("invoke {command}"), bounded("invoke", call).await?)?;
        match answer.get("err") {
            Some(error) => Ok(Err(error.clone())),
            None => Ok(Ok(answer.get("ok").cloned().unwrap_or_default())),
        }
    }

    /// Choose the native menu's item `id` (see src-tauri/src/menu.rs) as a click on it does: the
    /// test profile may emit the `menu` event the menu sends.
    pub async fn choose_menu_item(&self, id: &str) -> Check {
        let payload = serde_json::json!({ "event": "menu", "payload": { "id": id } });
        let emitted = self.invoke("plugin:event|emit", payload).await?;
        ensure(emitted.is_ok(), || {
            format!("menu item {id} not chosen: {emitted:?}")
        })
    }

    /// Send `keys` (WebDriver key codes allowed) to the element that has the keyboard focus, as a
    /// user typing would: no element is looked up or clicked.
    pub async fn press(&self, keys: &str) -> Check {
        let focused = step(
            "focused element",
            bounded("focus", self.client().active_element()).await?,
        )?;
        step(
            &format!("press {keys:?}"),
            bounded("keys", focused.send_keys(keys)).await?,
        )
    }

    /// Press Tab (Shift+Tab when `backwards`) until the focused element matches `css`, at most
    /// `limit` times: the way a keyboard user reaches a control.
    pub async fn tab_to(&self, css: &str, limit: usize, backwards: bool) -> Check {
        let test = format!(
            "return document.activeElement !== null && document.activeElement.matches({});",
            serde_json::to_string(css).unwrap_or_default()
        );
        let key = if backwards {
            "\u{E008}\u{E004}\u{E000}"
        } else {
            "\u{E004}"
        };
        for _ in 0..limit {
            if self.execute(&test).await? == serde_json::Value::Bool(true) {
                return Ok(());
            }
            self.press(key).await?;
        }
        let at = self
            .execute("const e = document.activeElement; return e ? e.outerHTML.slice(0, 160) : null;")
            .await?;
        Err(format!(
            "`{css}` not reached in {limit} Tab presses; focus is on {at}"
        ))
    }

    /// Click the `index`-th element matching `css`.
    pub async fn click(&self, css: &str, index: usize) -> Check {
        let elements = self.find_all(css).await?;
        let element = elements
            .get(index)
            .ok_or_else(|| format!("only {} elements match `{css}`", elements.len()))?;
        step(
            &format!("click `{css}` #{index}"),
            bounded("click", element.click()).await?,
        )
    }

    /// The value of `attribute` on the first element matching `css`.
    pub async fn attr(&self, css: &str, attribute: &str) -> Check<Option<String>> {
        let element = self.wait_for(css).await?;
        step(
            &format!("read {attribute} of `{css}`"),
            bounded("attr", element.attr(attribute)).await?,
        )
    }

    /// Every element matching `css`, in document order.
    pub async fn find_all(&self, css: &str) -> Check<Vec<Element>> {
        let what = format!("find `{css}`");
        step(
            &what,
            bounded(&what, self.client().find_all(Locator::Css(css))).await?,
        )
    }

    /// Wait until the texts of the elements matching `css` satisfy `done`, and return them.
    pub async fn wait_for_texts(&self, css: &str, done: impl Fn(&[String]) -> bool) -> Check<Vec<String>> {
        let deadline = Instant::now() + PATIENCE;
        loop {
            // The UI re-renders while we poll: an element found a moment ago may be gone when its
            // text is read. That is "not yet", not a failure.
            let texts = match self.texts(css).await {
                Ok(texts) => texts,
                Err(e) if is_stale_element(&e) && Instant::now() <= deadline => {
                    tokio::time::sleep(POLL).await;
                    continue;
                }
                Err(e) => return Err(e),
            };
            if done(&texts) {
                return Ok(texts);
            }
            if Instant::now() > deadline {
                return Err(format!("after {}s, `{css}` shows {texts:?}", PATIENCE.as_secs()));
            }
            tokio::time::sleep(POLL).await;
        }
    }

    /// The index among `.cm-content .cm-line` of the first editor line containing `text`,
    /// scrolling the editor down until CodeMirror (which draws the lines near the viewport)
    /// has drawn it.
    pub async fn editor_line_index(&self, text: &str) -> Check<usize> {
        for _ in 0..60 {
            let found = self
                .execute(&format!(
                    "return [...document.querySelectorAll('.cm-content .cm-line')]
                       .findIndex(l => l.textContent.includes({text:?}));"
                ))
                .await?;
            if let Some(i) = found.as_u64() {
                return Ok(i as usize);
            }
            self.execute("document.querySelector('.cm-scroller').scrollTop += 300; return true")
                .await?;
            tokio::time::sleep(POLL).await;
        }
        Err(format!("no editor line shows {text:?}"))
    }

    /// Wait until every ```mermaid block in the preview is drawn or shows its error (diagrams are
    /// drawn after the preview, in idle time); return how many are drawn and how many failed.
    pub async fn wait_for_diagrams(&self) -> Check<(u64, u64)> {
        let deadline = Instant::now() + PATIENCE;
        loop {
            let state = self
                .execute(
                    "const blocks = [...document.querySelectorAll('[data-testid=preview] pre.diagram')];
                     const drawn = blocks.filter(b => b.querySelector(':scope > .diagram-view:not(.stale) > svg')).length;
                     const failed = blocks.filter(b => b.querySelector(':scope > .diagram-error')).length;
                     return [blocks.length, drawn, failed];",
                )
                .await?;
            let n = |i: usize| state[i].as_u64().unwrap_or(0);
            if n(1) + n(2) == n(0) {
                return Ok((n(1), n(2)));
            }
            if Instant::now() > deadline {
                return Err(format!(
                    "after {}s, diagrams [blocks, drawn, failed]: {state}",
                    PATIENCE.as_secs()
                ));
            }
            tokio::time::sleep(POLL).await;
        }
    }

    /// The visible texts of every element matching `css`, in document order.
    pub async fn texts(&self, css: &str) -> Check<Vec<String>> {
        let elements = self.find_all(css).await?;
        let mut texts = Vec::with_capacity(elements.len());
        for element in elements {
            let text = step("read text", bounded("read text", element.text()).await?)?;
            texts.push(text.trim().to_string());
        }
        Ok(texts)
    }

    /// Save a PNG of the screen the window is on to `path`, once what the DOM shows has been
    /// painted. Taken from the X server (ImageMagick's `import`), not with WebDriver's Take
    /// Screenshot: WebKitGTK's automation snapshot stopped answering, and took the session with
    /// it, in a non-composited web view (the app turns accelerated compositing off) once another
    /// screen had been shown over the editor.
    pub async fn save_screenshot(&self, path: &Path) -> Check {
        self.wait_for_paint().await;
        if let Some(dir) = path.parent() {
            step("create screenshot folder", std::fs::create_dir_all(dir))?;
        }
        let capture = tokio::process::Command::new("import")
            .args(["-display", &self.display, "-window", "root"])
            .arg(path)
            .stdin(Stdio::null())
            .output();
        let out = step(
            "take screenshot (apt-get install imagemagick)",
            bounded("screenshot", capture).await?,
        )?;
        ensure(out.status.success(), || {
            format!("import failed: {}", String::from_utf8_lossy(&out.stderr))
        })
    }

    /// Wait for two animation frames, so that the last DOM change is on screen. Best effort: a
    /// screenshot a little early beats none.
    async fn wait_for_paint(&self) {
        const SCRIPT: &str = "const done = arguments[arguments.length - 1]; \
            requestAnimationFrame(() => requestAnimationFrame(() => done(true)));";
        let _ = bounded("wait for paint", self.client().execute_async(SCRIPT, Vec::new())).await;
    }

    /// End the WebDriver session (which closes the app); the rest dies with the guard.
    async fn close(mut self) {
        if let Some(client) = self.client.take() {
            let _ = tokio::time::timeout(Duration::from_secs(10), client.close()).await;
        }
    }
}

impl Drop for App {
    fn drop(&mut self) {
        kill_group(&mut self.driver);
        if let Some(xvfb) = &mut self.xvfb {
            stop_xvfb(xvfb);
        }
    }
}

const NATIVE_DRIVER: &str = "/usr/bin/WebKitWebDriver";

/// The strings of a JSON array (texts read back from the page), in order.
pub fn strings(value: &serde_json::Value) -> Vec<String> {
    value
        .as_array()
        .map(|a| a.iter().filter_map(|v| v.as_str().map(str::to_string)).collect())
        .unwrap_or_default()
}

/// The numbers of a JSON array (figures read back from the page), sorted.
pub fn durations(value: &serde_json::Value) -> Vec<f64> {
    let mut out: Vec<f64> = value
        .as_array()
        .map(|a| a.iter().filter_map(|v| v.as_f64()).collect())
        .unwrap_or_default();
    out.sort_by(|a, b| a.total_cmp(b));
    out
}

/// The `q` quantile of sorted, non-empty `values`: the sample at rank round((n - 1) q).
pub fn quantile(values: &[f64], q: f64) -> f64 {
    values[((values.len() as f64 - 1.0) * q).round() as usize]
}

/// `SPECDESK_E2E_USER`: the ordinary user the app runs as (scripts/test-installed.sh sets it);
/// unset: the user running the tests.
pub fn run_as_user() -> Option<String> {
    std::env::var("SPECDESK_E2E_USER")
        .ok()
        .filter(|user| !user.is_empty())
}

/// The app binary Cargo built for this test run.
pub fn app_binary() -> PathBuf {
    // The figures of docs/benchmarks.md are taken from a release build.
    std::env::var_os("SPECDESK_APP_BINARY")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_specdesk")))
}

pub fn screenshot_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/e2e/screenshots")
}

/// Open a WebDriver session on `tauri-driver`, retrying while it starts up.
async fn connect(port: u16, args: &[&str]) -> Check<Client> {
    let mut capabilities = serde_json::Map::new();
    capabilities.insert("browserName".into(), json!("wry"));
    capabilities.insert(
        "tauri:options".into(),
        json!({ "application": app_binary(), "args": args }),
    );
    let url = format!("http://127.0.0.1:{port}");
    let deadline = Instant::now() + PATIENCE;
    loop {
        let mut builder = ClientBuilder::new(HttpConnector::new());
        builder.capabilities(capabilities.clone());
        let attempt = bounded("new session", builder.connect(&url)).await?;
        match attempt {
            Ok(client) => return Ok(client),
            Err(e) if Instant::now() > deadline => {
                return Err(format!(
                    "no WebDriver session on {url} after {}s: {e}",
                    PATIENCE.as_secs()
                ))
            }
            Err(_) => tokio::time::sleep(Duration::from_millis(250)).await,
        }
    }
}

/// `tauri-driver` on the PATH or in Cargo's bin folder.
fn find_tauri_driver() -> Option<PathBuf> {
    let cargo_home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")));
    let path_dirs = std::env::var_os("PATH")
        .map(|p| std::env::split_paths(&p).collect::<Vec<_>>())
        .unwrap_or_default();
    path_dirs
        .into_iter()
        .chain(cargo_home.map(|h| h.join("bin")))
        .map(|dir| dir.join("tauri-driver"))
        .find(|candidate| candidate.is_file())
}

/// Two different free ports (both listeners are held until both are known, so the system
/// cannot hand out the same one twice).
fn free_ports() -> Check<(u16, u16)> {
    let first = step("find a free port", TcpListener::bind("127.0.0.1:0"))?;
    let second = step("find a free port", TcpListener::bind("127.0.0.1:0"))?;
    let port = |l: &TcpListener| step("read the free port", l.local_addr()).map(|a| a.port());
    Ok((port(&first)?, port(&second)?))
}

/// Start `Xvfb` on the first free display number from :99 and wait for its socket.
fn start_xvfb() -> Check<(Child, String)> {
    for number in 99..140 {
        if Path::new(&format!("/tmp/.X{number}-lock")).exists() {
            continue;
        }
        let display = format!(":{number}");
        let mut child = step(
            "start Xvfb (apt-get install xvfb)",
            Command::new("Xvfb")
                .args([
                    display.as_str(),
                    "-screen",
                    "0",
                    "1280x800x24",
                    "-nolisten",
                    "tcp",
                ])
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .process_group(0)
                .spawn(),
        )?;
        let socket = PathBuf::from(format!("/tmp/.X11-unix/X{number}"));
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if socket.exists() {
                return Ok((child, display));
            }
            if let Ok(Some(_)) = child.try_wait() {
                break; // Lost a race for this display number: try the next one.
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        stop_xvfb(&mut child);
    }
    Err("could not start Xvfb on any display from :99 to :139".into())
}

/// Kill `child` and every process in its process group, then reap it.
fn kill_group(child: &mut Child) {
    signal_group(child, "KILL");
    let _ = child.kill();
    let _ = child.wait();
}

/// Stop Xvfb politely first, so that it removes its lock file and socket.
fn stop_xvfb(xvfb: &mut Child) {
    signal_group(xvfb, "TERM");
    let deadline = Instant::now() + Duration::from_secs(3);
    while Instant::now() < deadline {
        if let Ok(Some(_)) = xvfb.try_wait() {
            return;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    kill_group(xvfb);
}

/// Send `signal` to the process group led by `child` (every child is started as a group leader).
fn signal_group(child: &Child, signal: &str) {
    let group = format!("-{}", child.id());
    let _ = Command::new("kill")
        .args([&format!("-{signal}"), "--", &group])
        .stderr(Stdio::null())
        .status();
}

/// Whether a WebDriver failure says the element left the DOM after it was found.
fn is_stale_element(error: &str) -> bool {
    // WebKitWebDriver says "stale element reference" or, while creating the node handle,
    // "Stale element found when trying to create the node handle".
    error.to_lowercase().contains("stale element")
        || (error.contains("Node with identifier") && error.contains("was not found"))
}

/// The feature folder of [`repo_with_plan`]'s repository, and its plan.
pub const FEATURE: &str = "specs/001-photo-albums";
pub const PLAN: &str = "specs/001-photo-albums/plan.md";

/// A temporary repository holding one feature with `plan` as its plan (and a one-line spec.md);
/// returns it (deleted on drop) and its path.
pub fn repo_with_plan(plan: &str) -> (TempDir, String) {
    let repo = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(repo.path().join(".git")).unwrap();
    std::fs::create_dir_all(repo.path().join(FEATURE)).unwrap();
    std::fs::write(repo.path().join(PLAN), plan).unwrap();
    std::fs::write(
        repo.path().join(FEATURE).join("spec.md"),
        "# Spec: Photo albums\n",
    )
    .unwrap();
    let path = repo.path().to_str().unwrap().to_string();
    (repo, path)
}

/// Write `text` to `rel` under `root`, creating its folders.
pub fn write_file(root: &Path, rel: &str, text: &str) -> std::io::Result<()> {
    let path = root.join(rel);
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    std::fs::write(path, text)
}

/// Copy the folder `from` to `to`, recursively.
pub fn copy_dir(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), target)?;
        }
    }
    Ok(())
}

/// `examples/demo-repo`.
pub fn demo_repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/demo-repo")
}

/// A temporary copy of the demo repository (named `demo-repo`, as the review shows the
/// folder's name), the temporary folder holding it and its path.
pub fn demo_copy() -> (TempDir, PathBuf, String) {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("demo-repo");
    copy_dir(&demo_repo(), &root).unwrap();
    let path = root.to_str().unwrap().to_string();
    (dir, root, path)
}

/// The pid of the SpecDesk process started with `marker` among its arguments.
pub fn specdesk_pid(marker: &str) -> Option<u32> {
    std::fs::read_dir("/proc").ok()?.flatten().find_map(|entry| {
        let pid: u32 = entry.file_name().to_str()?.parse().ok()?;
        let cmdline = std::fs::read(entry.path().join("cmdline")).ok()?;
        let args: Vec<&[u8]> = cmdline.split(|b| *b == 0).collect();
        let is_app = args.first()?.ends_with(b"specdesk");
        let has_marker = args.contains(&marker.as_bytes());
        (is_app && has_marker).then_some(pid)
    })
}

/// The text the document editor shows (not the compare views' editors); the documents of the
/// tests are short, so every line is rendered.
pub async fn editor_text(app: &App) -> Check<String> {
    let value = app
        .execute(
            "const c = document.querySelector('[data-testid=editor] .cm-content'); \
             return c ? c.innerText : null;",
        )
        .await?;
    Ok(value.as_str().unwrap_or_default().to_string())
}

/// Wait until the document editor's text satisfies `done`.
pub async fn wait_for_editor(app: &App, what: &str, done: impl Fn(&str) -> bool) -> Check<String> {
    let deadline = std::time::Instant::now() + PATIENCE;
    loop {
        let text = editor_text(app).await?;
        if done(&text) {
            return Ok(text);
        }
        if std::time::Instant::now() > deadline {
            return Err(format!(
                "after {}s the editor does not show {what}: {text:?}",
                PATIENCE.as_secs()
            ));
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
}

/// Click into line 2 of the editor and type `text` with the keyboard.
pub async fn type_on_second_line(app: &App, text: &str) -> Check {
    app.wait_for(".cm-line").await?;
    app.click(".cm-content .cm-line", 1).await?;
    let content = app.wait_for(".cm-content").await?;
    step("type", bounded("type", content.send_keys(text)).await?)
}

/// Press Ctrl+S in the editor.
pub async fn press_save(app: &App) -> Check {
    let content = app.wait_for(".cm-content").await?;
    let keys = format!("{CTRL}s{RELEASE}");
    step("press Ctrl+S", bounded("type", content.send_keys(&keys)).await?)
}

/// Type `text` on a new line at the end of the document.
pub async fn type_at_end(app: &App, text: &str) -> Check {
    let line = app.wait_for("[data-testid=editor] .cm-content .cm-line").await?;
    step("click into the editor", bounded("click", line.click()).await?)?;
    let content = app.wait_for("[data-testid=editor] .cm-content").await?;
    step(
        "Ctrl+End",
        bounded("type", content.send_keys(&format!("{CTRL}\u{E010}{RELEASE}"))).await?,
    )?;
    let keys = format!("\u{E007}{text}");
    step("type", bounded("type", content.send_keys(&keys)).await?)
}
