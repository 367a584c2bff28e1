/**
 * How the bench, the browser tests and the screenshot script start headless Chromium (Debian's
 * package, driven by playwright-core): one list of flags, so the three measure and see the same
 * browser.
 *
 * @example
 * ```js
 * const browser = await chromium.launch(chromiumLaunchOptions());
 * ```
 */

/**
 * Chromium's own UI, off: each browser context is a new window, and for a new window Chromium
 * starts its top-chrome WebUI (the omnibox popup) in a renderer process of its own: on a 2-core
 * machine 0.3-0.6 s of CPU beside the very page being loaded, which a user's browser, its window
 * already open, does not spend when a page is opened. No one of these alone keeps it off.
 */
export const BROWSER_UI_OFF = ['PreloadTopChromeWebUI', 'WebUIOmniboxPopup', 'WebUIOmniboxFullPopup', 'WebUIOmniboxAimPopup', 'WebUIOmniboxFrame'];

/**
 * playwright-core's own `--disable-features` list (its chromiumSwitches.ts), repeated: Chromium
 * reads only the last `--disable-features` switch, and ours comes after playwright's.
 * tests/scripts/chromium.test.ts fails when the installed playwright-core's list has an entry
 * missing here.
 */
export const PLAYWRIGHT_FEATURES_OFF = ['AvoidUnnecessaryBeforeUnloadCheckSync', 'DestroyProfileOnBrowserClose', 'HttpsUpgrades', 'HttpsFirstBalancedModeAutoEnable', 'LensOverlay', 'MediaRouter', 'PaintHolding', 'ThirdPartyStoragePartitioning', 'AvoidCorsURLLoaderRestartOnRedirect', 'TcpPortRandomizationWin', 'OptimizationHints', 'NetworkTimeServiceQuerying', 'AimEnabled', 'PreconnectToSearch', 'msForceBrowserSignIn', 'msEdgeUpdateLaunchServicesPreferredVersion'];

/** Launch options: headless Debian Chromium with the flags this machine's closed network needs, its own UI off. */
export function chromiumLaunchOptions() {
  return {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
      `--disable-features=${[...PLAYWRIGHT_FEATURES_OFF, ...BROWSER_UI_OFF].join(',')}`],
  };
}
