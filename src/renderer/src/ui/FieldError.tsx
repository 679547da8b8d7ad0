/**
 * A form field's problem, shown under the field; renders nothing when there is none. `id` lets the
 * field point at it with aria-describedby.
 */
export function FieldError({ message, id }: { message: string | null | undefined; id?: string }) {
  return message ? (
    <p id={id} className="field-error">
      {message}
    </p>
  ) : null
}
