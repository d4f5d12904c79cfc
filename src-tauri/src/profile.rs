//! Configuration profiles. `SPECDESK_PROFILE=test` (used by the end-to-end tests) gives the app
//! the identifier from `tauri.test.conf.json`, so its data, config and cache folders (all derived
//! from the identifier) never touch those of a user's real SpecDesk.
//!
//! The overlay is applied at run time, because without the Tauri CLI a build has one
//! configuration only. Only fields that take effect at run time may appear in the overlay; the
//! overlay's parser rejects anything else.

use serde::Deserialize;
use std::fmt;

/// The environment variable that selects a profile.
pub const PROFILE_VAR: &str = "SPECDESK_PROFILE";

/// The test overlay, next to `tauri.conf.json`.
const TEST_OVERLAY: &str = include_str!("../../tauri.test.conf.json");

/// A configuration profile.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub enum Profile {
    /// The user's own app.
    Default,
    /// End-to-end tests: a separate identifier, hence separate data folders.
    Test,
}

/// The fields a profile overlay may change.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Overlay {
    identifier: String,
}

/// A profile that cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum ProfileError {
    #[error("{PROFILE_VAR}={0:?} is not a profile (use \"test\" or leave it unset)")]
    Unknown(String),
    #[error("tauri.test.conf.json is not a valid overlay: {0}")]
    BadOverlay(#[from] serde_json::Error),
}

impl Profile {
    /// The profile named by `SPECDESK_PROFILE` (unset or empty: the default profile).
    pub fn from_env() -> Result<Profile, ProfileError> {
        Profile::parse(std::env::var(PROFILE_VAR).ok().as_deref())
    }

    /// The profile with this name.
    pub fn parse(name: Option<&str>) -> Result<Profile, ProfileError> {
        match name {
            None | Some("") | Some("default") => Ok(Profile::Default),
            Some("test") => Ok(Profile::Test),
            Some(other) => Err(ProfileError::Unknown(other.to_string())),
        }
    }

    /// Apply this profile's overlay to the configuration compiled into the app.
    pub fn apply(self, config: &mut tauri::Config) -> Result<(), ProfileError> {
        if self == Profile::Test {
            let overlay: Overlay = serde_json::from_str(TEST_OVERLAY)?;
            config.identifier = overlay.identifier;
        }
        Ok(())
    }

    /// What the end-to-end tests may call beyond the app's own capability (closing the window
    /// as the title bar does, choosing a native menu item by emitting its event), granted at run time in the test profile only: the shipped
    /// capability stays minimal.
    pub fn extra_capability(self) -> Option<tauri::ipc::CapabilityBuilder> {
        (self == Profile::Test).then(|| {
            tauri::ipc::CapabilityBuilder::new("e2e")
                .window("main")
                .permission("core:window:allow-close")
                .permission("core:event:allow-emit")
        })
    }

    pub fn name(self) -> &'static str {
        match self {
            Profile::Default => "default",
            Profile::Test => "test",
        }
    }
}

impl fmt::Display for Profile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_test_profile_grants_more_than_the_shipped_capability() {
        assert!(Profile::Default.extra_capability().is_none());
        assert!(Profile::Test.extra_capability().is_some());
        let shipped = include_str!("../capabilities/main.json");
        assert!(
            !shipped.contains("allow-close\""),
            "closing belongs to the test profile"
        );
    }

    fn base_config() -> tauri::Config {
        serde_json::from_str(include_str!("../../tauri.conf.json")).unwrap()
    }

    #[test]
    fn test_profile_gets_its_own_identifier() {
        let mut config = base_config();
        assert_eq!(config.identifier, "dev.specdesk.app");
        Profile::parse(Some("test")).unwrap().apply(&mut config).unwrap();
        assert_eq!(config.identifier, "dev.specdesk.app.test");
    }

    #[test]
    fn default_profile_changes_nothing() {
        let mut config = base_config();
        Profile::parse(None).unwrap().apply(&mut config).unwrap();
        assert_eq!(config.identifier, "dev.specdesk.app");
    }

    #[test]
    fn unknown_profile_is_refused() {
        let err = Profile::parse(Some("prod")).unwrap_err();
        assert!(err.to_string().contains("\"prod\" is not a profile"), "{err}");
    }
}
