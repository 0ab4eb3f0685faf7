"""Modal dialogs (`ModalScreen[T]`, closed with `dismiss(value)`): asked, answered, gone."""
