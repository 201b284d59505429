/**
 * Runs in <head> before the first paint: marks that JavaScript runs (copy buttons, search
 * and the theme toggle show only then) and applies a saved theme choice, so a dark page
 * never flashes light. Without a saved choice the CSS follows the system.
 */
export const THEME_STORAGE_KEY = "kube-notes-theme"

export const THEME_SCRIPT = `(function(){var d=document.documentElement;d.classList.add("js");try{var t=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});if(t==="light"||t==="dark")d.dataset.theme=t}catch(e){}})()`
