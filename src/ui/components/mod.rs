mod app_footer;
mod app_header;
mod empty_state;
mod language_switch;
mod node_kinds;
mod side_panel;
mod start_actions;
mod workspace;

pub use app_footer::AppFooter;
pub use app_header::AppHeader;
pub use side_panel::SidePanel;
pub use workspace::Workspace;
