;;; report-lsp.el --- ReportLSP for Emacs through eglot (Emacs 29+)  -*- lexical-binding: t; -*-

;; Load this file (or copy the forms into your init file), then `M-x eglot' in a report buffer,
;; or add `eglot-ensure' to the hooks below.

(require 'eglot)

(defgroup report-lsp nil "ReportLSP language server." :group 'tools)

(defcustom report-lsp-program "report-lsp"
  "The report-lsp executable."
  :type 'string)

(defcustom report-lsp-settings '(:disabledRules [] :severity (:N104 "warning"))
  "ReportLSP settings: the keys of .reportlsp.json as a plist (vectors for arrays)."
  :type 'sexp)

(add-to-list 'eglot-server-programs
             `((text-mode markdown-mode) . (,report-lsp-program "serve"
                                             :initializationOptions ,report-lsp-settings)))

;; The server also reads workspace/didChangeConfiguration under "reportLSP".
(setq-default eglot-workspace-configuration
              (plist-put (default-value 'eglot-workspace-configuration) :reportLSP report-lsp-settings))

(add-hook 'text-mode-hook #'eglot-ensure)
(add-hook 'markdown-mode-hook #'eglot-ensure)

(provide 'report-lsp)
;;; report-lsp.el ends here
